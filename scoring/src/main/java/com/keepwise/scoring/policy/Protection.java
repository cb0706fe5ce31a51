package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.ReasonCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A reason to expect change, which caps the action ("at most WATCH") unless a hard rule decided.
 */
public record Protection(
    @NotNull(message = "is required (expected an id in snake_case)")
        @Pattern(
            regexp = "[a-z][a-z0-9_]*",
            message =
                "'${validatedValue}' is not an id (expected snake_case, like long_relationship)")
        @JsonPropertyDescription("The protection's id.")
        String id,
    @NotBlank(message = "is required (expected a sentence saying why the protection exists)")
        @JsonPropertyDescription("Why the protection exists, in words, with its source.")
        String description,
    @NotBlank(
            message =
                "is required (expected a condition such as \"customer.relationship == 'personal'\")")
        @JsonPropertyDescription("The condition, in CEL, over the same names as hard rules.")
        String when,
    @NotNull(message = "is required (expected a protection reason code)")
        @JsonPropertyDescription("The reason code given when the protection applies.")
        ReasonCode reason,
    @NotNull(message = "is required (expected an action)")
        @JsonPropertyDescription("The action is at most this one when the protection applies.")
        Action atMost) {}
