package com.keepwise.reports.policytest;

import com.fasterxml.jackson.annotation.JsonFormat;
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

/**
 * What the policy must decide for a case: the action, one of several actions, or a bound in the
 * order NURTURE < KEEP < WATCH < RESET_TERMS < REFER_ELSEWHERE < EXIT_NOW (an article often allows
 * a range: "watch or reset the terms", "at least reset the terms"); and optionally more.
 */
public record Expectation(
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription(
            "The action the policy must decide, or a list of the actions it may decide.")
        Optional<
                List<
                    @NotNull(
                        message =
                            "is empty (expected NURTURE, KEEP, WATCH, RESET_TERMS, REFER_ELSEWHERE or EXIT_NOW)")
                    Action>>
            action,
    @JsonPropertyDescription(
            "The mildest action allowed, in the order NURTURE < KEEP < WATCH < RESET_TERMS < REFER_ELSEWHERE < EXIT_NOW.")
        Optional<Action> atLeast,
    @JsonPropertyDescription(
            "The harshest action allowed, in the order NURTURE < KEEP < WATCH < RESET_TERMS < REFER_ELSEWHERE < EXIT_NOW.")
        Optional<Action> atMost,
    @JsonPropertyDescription(
            "The id of the hard rule that must decide, or 'none' when no hard rule may.")
        Optional<String> rule,
    @JsonPropertyDescription("The range the risk score must fall in (0 to 100, bounds included).")
        Optional<@Valid Range> risk,
    @JsonPropertyDescription("The range the value score must fall in (0 to 100, bounds included).")
        Optional<@Valid Range> value,
    @JsonPropertyDescription("Reason codes that must be among the decision's reasons.")
        Optional<List<@NotNull(message = "is empty (expected a reason code)") ReasonCode>> reasons,
    @JsonPropertyDescription("Reason codes that must not be among the decision's reasons.")
        Optional<List<@NotNull(message = "is empty (expected a reason code)") ReasonCode>>
            notReasons,
    @JsonPropertyDescription("The reason code that must come first (the strongest).")
        Optional<ReasonCode> topReason) {

  /** The word for "no hard rule decided" in {@code rule}. */
  public static final String NO_RULE = "none";

  @JsonIgnore
  @AssertTrue(
      message =
          "says no action (expected action, at_least or at_most, such as action: RESET_TERMS)")
  public boolean isActionSaid() {
    return action == null
        || atLeast == null
        || atMost == null
        || action.filter(a -> !a.isEmpty()).isPresent()
        || atLeast.isPresent()
        || atMost.isPresent();
  }

  @JsonIgnore
  @AssertTrue(message = "allows no action (expected at_least no harsher than at_most)")
  public boolean isBoundOrdered() {
    return atLeast == null
        || atMost == null
        || atLeast.isEmpty()
        || atMost.isEmpty()
        || atLeast.get().rank() <= atMost.get().rank();
  }

  /** Whether {@code decided} is an action the case allows. */
  public boolean allows(Action decided) {
    return action.map(list -> list.isEmpty() || list.contains(decided)).orElse(true)
        && atLeast.map(floor -> decided.rank() >= floor.rank()).orElse(true)
        && atMost.map(ceiling -> decided.rank() <= ceiling.rank()).orElse(true);
  }

  /**
   * {@code RESET_TERMS}, {@code WATCH or RESET_TERMS}, {@code at least RESET_TERMS}, {@code
   * KEEP–RESET_TERMS}.
   */
  public String actionSaid() {
    List<String> parts = new java.util.ArrayList<>();
    action
        .filter(list -> !list.isEmpty())
        .ifPresent(list -> parts.add(String.join(" or ", list.stream().map(Enum::name).toList())));
    if (atLeast.isPresent() && atMost.isPresent()) {
      parts.add(
          atLeast.get() == atMost.get()
              ? atLeast.get().name()
              : atLeast.get() + "–" + atMost.get());
    } else {
      atLeast.ifPresent(a -> parts.add("at least " + a));
      atMost.ifPresent(a -> parts.add("at most " + a));
    }
    return String.join(", ", parts);
  }

  /** A range of scores, bounds included; either bound may be left out. */
  public record Range(
      @JsonPropertyDescription("The lowest score allowed.")
          Optional<
                  @DecimalMin(
                      value = "0",
                      message = "is ${validatedValue} (expected a score from 0 to 100)")
                  @DecimalMax(
                      value = "100",
                      message = "is ${validatedValue} (expected a score from 0 to 100)")
                  Double>
              min,
      @JsonPropertyDescription("The highest score allowed.")
          Optional<
                  @DecimalMin(
                      value = "0",
                      message = "is ${validatedValue} (expected a score from 0 to 100)")
                  @DecimalMax(
                      value = "100",
                      message = "is ${validatedValue} (expected a score from 0 to 100)")
                  Double>
              max) {

    @JsonIgnore
    @AssertTrue(
        message = "is empty or upside down (expected min, max or both, with min not above max)")
    public boolean isOrdered() {
      if (min == null || max == null) {
        return true;
      }
      return (min.isPresent() || max.isPresent())
          && (min.isEmpty() || max.isEmpty() || min.get() <= max.get());
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
