package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;

/** What one segment does differently from the rest of the policy. */
public record SegmentOverride(
    @JsonPropertyDescription("Risk criteria weighed differently in this segment.")
        Optional<Map<String, @Valid CriterionOverride>> criteria,
    @JsonPropertyDescription("Value factors weighed differently in this segment.")
        Optional<Map<String, @Valid CriterionOverride>> value,
    @JsonPropertyDescription("The segment's own score bands.") Optional<@Valid Bands> bands,
    @JsonPropertyDescription("The segment's own decision matrix.")
        Optional<@Valid Matrix> matrix) {}
