package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Map;
import java.util.Optional;

/** A segment's change to a criterion: a different weight, or different thresholds for some facts. */
public record CriterionOverride(
    @JsonPropertyDescription("The criterion's weight in this segment.")
        Optional<@DecimalMin(value = "0", message = "is ${validatedValue} (expected a weight from 0 to 100)")
            @DecimalMax(value = "100", message = "is ${validatedValue} (expected a weight from 0 to 100)") Double> weight,
    @JsonPropertyDescription("Thresholds that replace the policy's for these facts, in this segment.")
        Optional<Map<String, @Valid Threshold>> thresholds) {}
