package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.domain.decision.Action;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A cap for customers whose problems are all of a kind: "don't fire them for being high-touch,
 * demanding or off-segment; keep them on your terms" (000) caps at RESET_TERMS; "outside the
 * profile but otherwise fine" (000 #4) caps at KEEP.
 */
public record ProblemCap(
    @NotNull(message = "is required (expected an id in snake_case)")
        @Pattern(
            regexp = "[a-z][a-z0-9_]*",
            message =
                "'${validatedValue}' is not an id (expected snake_case, like keep_on_our_terms)")
        @JsonPropertyDescription("The cap's id.")
        String id,
    @NotBlank(message = "is required (expected a sentence saying why the cap exists)")
        @JsonPropertyDescription("Why the cap exists, in words, with its source.")
        String description,
    @NotEmpty(message = "is required (expected a list of risk criteria)")
        @JsonPropertyDescription(
            "The criteria; the cap applies when every problem of the customer is one of them.")
        List<String> criteria,
    @NotNull(message = "is required (expected an action)")
        @JsonPropertyDescription("The action is at most this one when the cap applies.")
        Action atMost) {}
