package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.scoring.constraint.AtLeast;
import com.keepwise.scoring.constraint.Share;
import jakarta.validation.constraints.NotNull;

/** When a customer counts as improving: enough problems before, and far fewer recently. */
public record TrendPolicy(
    @NotNull(message = "is required (expected a number of problem events, like 3)")
        @AtLeast(1)
        @JsonPropertyDescription("Problem events needed in the earlier part of the window to speak of a trend.")
        Integer minEarlierProblems,
    @NotNull(message = "is required (expected a share, like 0.5)")
        @Share
        @JsonPropertyDescription("Improving when the recent rate of problems is at most this share of the earlier rate.")
        Double improvingRatio) {}
