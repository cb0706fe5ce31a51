package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.domain.decision.Action;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A pattern to part ways over, which new terms cannot fix: consistent rudeness to staff (000 #2,
 * 002 #2, 003), costing more to serve than the customer brings (002 #5, 003). When its condition
 * holds the action is at least {@code atLeast}, and only the protections it names may still hold
 * the action back.
 */
public record PartingRule(
    @NotNull(message = "is required (expected an id in snake_case)")
        @Pattern(
            regexp = "[a-z][a-z0-9_]*",
            message = "'${validatedValue}' is not an id (expected snake_case, like rude_to_staff)")
        @JsonPropertyDescription("The pattern's id.")
        String id,
    @NotBlank(message = "is required (expected a sentence saying why it is a reason to part ways)")
        @JsonPropertyDescription(
            "Why the pattern is a reason to part ways, in words, with its source.")
        String description,
    @NotBlank(
            message = "is required (expected a condition such as \"bullies_staff.incidents >= 6\")")
        @JsonPropertyDescription("The condition, in CEL, over the same names as hard rules.")
        String when,
    @NotNull(message = "is required (expected an action)")
        @JsonPropertyDescription("The action is at least this one when the condition holds.")
        Action atLeast,
    @NotNull(message = "is required (expected a list of protection ids, possibly empty)")
        @JsonPropertyDescription(
            "The protections that may still hold the action back when the pattern holds; the others do not.")
        List<String> heldBy) {}
