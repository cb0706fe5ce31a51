package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.scoring.constraint.Weight;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** How much a criterion weighs, and how its facts become a severity. */
public record CriterionWeight(
    @NotNull(message = "is required (expected a weight from 0 to 100)")
        @Weight
        @JsonPropertyDescription(
            "How much the criterion weighs against the others (0 to 100; 0 leaves it out).")
        Double weight,
    @NotNull(message = "is required (expected at least one fact with from/to or points)")
        @JsonPropertyDescription(
            "Per fact of the criterion, how its value becomes a severity; the criterion's severity is the highest.")
        Map<String, @Valid Threshold> thresholds) {}
