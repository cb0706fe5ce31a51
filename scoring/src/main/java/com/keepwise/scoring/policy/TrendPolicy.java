package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** When a customer counts as improving: enough problems before, and far fewer recently. */
public record TrendPolicy(
    @NotNull(message = "is required (expected a number of problem events, like 3)")
        @Min(value = 1, message = "is ${validatedValue} (expected 1 or more)")
        @JsonPropertyDescription("Problem events needed in the earlier part of the window to speak of a trend.")
        Integer minEarlierProblems,
    @NotNull(message = "is required (expected a share, like 0.5)")
        @DecimalMin(value = "0", message = "is ${validatedValue} (expected a share from 0 to 1)")
        @DecimalMax(value = "1", message = "is ${validatedValue} (expected a share from 0 to 1)")
        @JsonPropertyDescription("Improving when the recent rate of problems is at most this share of the earlier rate.")
        Double improvingRatio) {}
