package com.keepwise.reports.policytest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.ReasonCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** What the policy must decide for a case: the action, and optionally more. */
public record Expectation(
    @NotNull(message = "is required (expected NURTURE, KEEP, WATCH, RESET_TERMS, REFER_ELSEWHERE or EXIT_NOW)")
        @JsonPropertyDescription("The action the policy must decide.")
        Action action,
    @JsonPropertyDescription("The id of the hard rule that must decide, or 'none' when no hard rule may.")
        Optional<String> rule,
    @JsonPropertyDescription("The range the risk score must fall in (0 to 100, bounds included).")
        Optional<@Valid Range> risk,
    @JsonPropertyDescription("The range the value score must fall in (0 to 100, bounds included).")
        Optional<@Valid Range> value,
    @JsonPropertyDescription("Reason codes that must be among the decision's reasons.")
        Optional<List<@NotNull(message = "is empty (expected a reason code)") ReasonCode>> reasons,
    @JsonPropertyDescription("Reason codes that must not be among the decision's reasons.")
        Optional<List<@NotNull(message = "is empty (expected a reason code)") ReasonCode>> notReasons,
    @JsonPropertyDescription("The reason code that must come first (the strongest).")
        Optional<ReasonCode> topReason) {

  /** The word for "no hard rule decided" in {@code rule}. */
  public static final String NO_RULE = "none";

  /** A range of scores, bounds included; either bound may be left out. */
  public record Range(
      @JsonPropertyDescription("The lowest score allowed.")
          Optional<@DecimalMin(value = "0", message = "is ${validatedValue} (expected a score from 0 to 100)")
              @DecimalMax(value = "100", message = "is ${validatedValue} (expected a score from 0 to 100)") Double> min,
      @JsonPropertyDescription("The highest score allowed.")
          Optional<@DecimalMin(value = "0", message = "is ${validatedValue} (expected a score from 0 to 100)")
              @DecimalMax(value = "100", message = "is ${validatedValue} (expected a score from 0 to 100)") Double> max) {

    @JsonIgnore
    @AssertTrue(message = "is empty or upside down (expected min, max or both, with min not above max)")
    public boolean isOrdered() {
      if (min == null || max == null) {
        return true;
      }
      return (min.isPresent() || max.isPresent()) && (min.isEmpty() || max.isEmpty() || min.get() <= max.get());
    }

    public boolean contains(double score) {
      return min.map(m -> score >= m).orElse(true) && max.map(m -> score <= m).orElse(true);
    }

    /** {@code 20–60}, {@code ≥ 20} or {@code ≤ 60}. */
    @Override
    public String toString() {
      if (min.isPresent() && max.isPresent()) {
        return plain(min.get()) + "–" + plain(max.get());
      }
      return min.map(m -> "≥ " + plain(m)).orElseGet(() -> "≤ " + max.map(Range::plain).orElse(""));
    }

    private static String plain(double d) {
      return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
  }
}
