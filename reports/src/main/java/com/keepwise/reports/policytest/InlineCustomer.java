package com.keepwise.reports.policytest;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.scoring.constraint.Between;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/** A customer described inline, as a row of customers.csv would; each key has a default. */
public record InlineCustomer(
    @JsonPropertyDescription(
            "The customer's id in the case; default: the case's position (case-1, case-2, …).")
        Optional<@Pattern(regexp = ".*\\S.*", message = "is empty (expected an id)") String>
            customerId,
    @JsonPropertyDescription("The segment; the peers are in it too. Default: smb.")
        Optional<
                @Pattern(regexp = ".*\\S.*", message = "is empty (expected a segment, like smb)")
                String>
            segment,
    @JsonPropertyDescription("Revenue over the last 12 months. Default: 50000.")
        Optional<@Between(min = 0, max = Events.MAX_AMOUNT) Long> annualRevenue,
    @JsonPropertyDescription("How many years the customer has been one. Default: 5.")
        Optional<
                @Min(value = 0, message = "is ${validatedValue} (expected 0 to 100 years)")
                @Max(value = 100, message = "is ${validatedValue} (expected 0 to 100 years)")
                Integer>
            years,
    @JsonPropertyDescription(
            "The industry; none when absent (never a mismatch with the ideal profile).")
        Optional<String> industry,
    @JsonPropertyDescription("The region; none when absent.") Optional<String> region,
    @JsonPropertyDescription("The service tier or plan; none when absent.") Optional<String> tier,
    @JsonPropertyDescription("A reference, brand or otherwise visible customer. Default: false.")
        Optional<Boolean> highProfile,
    @JsonPropertyDescription("none, low, medium or high; unknown when absent.")
        Optional<GrowthPotential> growthPotential,
    @JsonPropertyDescription("standard, long_standing or personal. Default: standard.")
        Optional<Relationship> relationship) {

  /** A customer with every default. */
  public static InlineCustomer defaults() {
    return new InlineCustomer(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
