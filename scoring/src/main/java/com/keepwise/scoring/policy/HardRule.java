package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.domain.decision.Action;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A rule that decides the action whatever the scores: no revenue outweighs it. Rules are tried in
 * order; the first whose condition holds decides.
 */
public record HardRule(
    @NotNull(message = "is required (expected an id in snake_case)")
        @Pattern(
            regexp = "[a-z][a-z0-9_]*",
            message = "'${validatedValue}' is not an id (expected snake_case, like non_payment)")
        @JsonPropertyDescription("The rule's id; it goes into the rule column of decisions.csv.")
        String id,
    @NotBlank(message = "is required (expected a sentence saying why the rule exists)")
        @JsonPropertyDescription("Why the rule exists, in words, with its source.")
        String description,
    @NotBlank(message = "is required (expected a condition such as \"bullies_staff.threats >= 1\")")
        @JsonPropertyDescription(
            "The condition, in CEL, over criterion facts (criterion.fact), customer.*, risk.*, value.* and trend.*.")
        String when,
    @NotNull(message = "is required (expected an action)")
        @JsonPropertyDescription("The action when the condition holds.")
        Action action) {}
