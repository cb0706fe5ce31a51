package com.keepwise.scoring.criteria;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * What serving a customer costs, in the dataset's currency, and what is left of revenue before
 * serving: the basis of cost to serve and margin.
 */
public record CostModel(
    @NotNull(message = "is required (expected the cost of handling one ticket)")
        @DecimalMin(value = "0", message = "is ${validatedValue} (expected 0 or more)")
        @JsonPropertyDescription("Cost of handling one support ticket, besides the staff minutes recorded on it.")
        Double ticket,
    @NotNull(message = "is required (expected the cost of a minute of staff time)")
        @DecimalMin(value = "0", message = "is ${validatedValue} (expected 0 or more)")
        @JsonPropertyDescription("Cost of one minute of staff time (tickets' minutes_spent, interactions' minutes).")
        Double staffMinute,
    @NotNull(message = "is required (expected the cost of one meeting held)")
        @DecimalMin(value = "0", message = "is ${validatedValue} (expected 0 or more)")
        @JsonPropertyDescription("Cost of one meeting held with the customer.")
        Double meeting,
    @NotNull(message = "is required (expected a share from 0 to 1)")
        @DecimalMin(value = "0", message = "is ${validatedValue} (expected a share from 0 to 1)")
        @DecimalMax(value = "1", message = "is ${validatedValue} (expected a share from 0 to 1)")
        @JsonPropertyDescription("Share of revenue left after the cost of what is sold, before serving the customer.")
        Double grossMargin) {}
