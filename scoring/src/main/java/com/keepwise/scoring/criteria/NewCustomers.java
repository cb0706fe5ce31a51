package com.keepwise.scoring.criteria;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Customers still settling in (004 #4: newer customers reasonably need more time). Check-ins,
 * meetings and contact volume are judged from a customer's start date whenever they started inside
 * the review window; these say how much more attention a new customer may take.
 */
public record NewCustomers(
    @NotNull(message = "is required (expected a number of months, like 6)")
        @Min(value = 0, message = "is ${validatedValue} (expected 0 to 36)")
        @Max(value = 36, message = "is ${validatedValue} (expected 0 to 36)")
        @JsonPropertyDescription("A customer is new for this many months after customer_since.")
        Integer months,
    @NotNull(message = "is required (expected a factor, like 2)")
        @DecimalMin(value = "1", message = "is ${validatedValue} (expected a factor from 1 to 10)")
        @DecimalMax(value = "10", message = "is ${validatedValue} (expected a factor from 1 to 10)")
        @JsonPropertyDescription(
            "A new customer may contact you this many times as often as the segment's norm before it counts against them.")
        Double contactAllowance) {

  /** Nobody is new: for portfolios measured without a policy at hand. */
  public static final NewCustomers NONE = new NewCustomers(0, 1.0);
}
