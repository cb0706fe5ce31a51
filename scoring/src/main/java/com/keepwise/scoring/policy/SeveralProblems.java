package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.domain.decision.Action;
import com.keepwise.scoring.constraint.AtLeast;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * "Customers who present more than one of the problems should be the first you refer elsewhere"
 * (002): when enough problems come together and the customer is not valuable, the action is at
 * least this one.
 */
public record SeveralProblems(
    @NotNull(message = "is required (expected a number of problems, like 2)")
        @AtLeast(2)
        @JsonPropertyDescription("How many problems at once make the rule apply.")
        Integer minProblems,
    @NotNull(message = "is required (expected value bands, like [low])")
        @JsonPropertyDescription("The value bands the rule applies to.")
        List<ValueBand> valueBands,
    @NotNull(message = "is required (expected an action)")
        @JsonPropertyDescription("The action is at least this one when the rule applies.")
        Action atLeast,
    @NotNull(message = "is required (expected a list of criteria, possibly empty)")
        @JsonPropertyDescription(
            "Criteria that do not count as problems for this rule (passive ones, such as no referrals).")
        List<String> notCounted) {}
