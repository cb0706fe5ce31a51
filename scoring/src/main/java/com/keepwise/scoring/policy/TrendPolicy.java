package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * When a customer counts as improving, so that more problems can never earn it: few problem events
 * in the recent part of the window, and no risk from criteria that problem events do not measure.
 * One more event, recent or old, can only end an improving trend, never start one.
 */
public record TrendPolicy(
    @NotNull(message = "is required (expected a number of problem events, like 0)")
        @Min(value = 0, message = "is ${validatedValue} (expected 0 or more)")
        @Max(value = 1000, message = "is ${validatedValue} (expected at most 1000)")
        @JsonPropertyDescription("Improving only with at most this many problem events in the recent part of the window.")
        Integer maxRecentProblems,
    @NotNull(message = "is required (expected a list of risk criteria, possibly empty)")
        @JsonPropertyDescription("Risk criteria a trend in problem events says nothing about (cost to serve, margin): not improving while any of them weighs in the risk.")
        List<String> notWith) {}
