package com.keepwise.reports.policytest;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A file of policy test cases, as written in YAML: situations and the decisions the policy must
 * reach for them. See {@code docs/policy-as-code.md} for the format.
 */
public record CaseFile(
    @JsonPropertyDescription(
            "The review date of the inline cases; their events are dated back from it. Default: 2026-11-01.")
        Optional<LocalDate> asOf,
    @NotNull(message = "is required (expected a list of cases)")
        @NotEmpty(message = "is empty (expected at least one case)")
        @JsonPropertyDescription(
            "The cases: each a situation (a customer in a dataset, or one described inline) and what the policy must decide.")
        List<@Valid PolicyCase> cases) {

  /** The review date of inline cases when the file names none: the sample data's. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

  public LocalDate reviewDate() {
    return asOf.orElse(DEFAULT_AS_OF);
  }
}
