package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.scoring.constraint.Weight;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;

/**
 * A segment's change to a criterion: a different weight, or different thresholds for some facts.
 */
public record CriterionOverride(
    @JsonPropertyDescription("The criterion's weight in this segment.")
        Optional<@Weight Double> weight,
    @JsonPropertyDescription(
            "Thresholds that replace the policy's for these facts, in this segment.")
        Optional<Map<String, @Valid Threshold>> thresholds) {}
