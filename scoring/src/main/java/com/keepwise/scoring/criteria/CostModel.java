package com.keepwise.scoring.criteria;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.scoring.constraint.AtLeast;
import com.keepwise.scoring.constraint.Share;
import jakarta.validation.constraints.NotNull;

/**
 * What serving a customer costs, in the dataset's currency, and what is left of revenue before
 * serving: the basis of cost to serve and margin.
 */
public record CostModel(
    @NotNull(message = "is required (expected the cost of handling one ticket)")
        @AtLeast(0)
        @JsonPropertyDescription(
            "Cost of handling one support ticket, besides the staff minutes recorded on it.")
        Double ticket,
    @NotNull(message = "is required (expected the cost of a minute of staff time)")
        @AtLeast(0)
        @JsonPropertyDescription(
            "Cost of one minute of staff time (tickets' minutes_spent, interactions' minutes).")
        Double staffMinute,
    @NotNull(message = "is required (expected the cost of one meeting held)")
        @AtLeast(0)
        @JsonPropertyDescription("Cost of one meeting held with the customer.")
        Double meeting,
    @NotNull(message = "is required (expected a share from 0 to 1)")
        @Share
        @JsonPropertyDescription(
            "Share of revenue left after the cost of what is sold, before serving the customer.")
        Double grossMargin) {}
