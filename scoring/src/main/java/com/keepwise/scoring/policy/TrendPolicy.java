package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;

/**
 * When a customer counts as improving. Written with {@code max_recent_problems} and {@code
 * not_with}, so that more problems can never earn it: few problem events in the recent part of the
 * window, and no risk from criteria that problem events do not measure; one more event, recent or
 * old, can only end an improving trend, never start one. Policies written before may still say it
 * the older way, {@code min_earlier_problems} and {@code improving_ratio} (the recent rate against
 * the earlier one), which one more old problem can earn.
 */
public record TrendPolicy(
    @JsonPropertyDescription(
            "Improving only with at most this many problem events in the recent part of the window.")
        Optional<
                @Min(value = 0, message = "is ${validatedValue} (expected 0 or more)")
                @Max(value = 1000, message = "is ${validatedValue} (expected at most 1000)")
                Integer>
            maxRecentProblems,
    @JsonPropertyDescription(
            "Risk criteria a trend in problem events says nothing about (cost to serve, margin): not improving"
                + " while any of them weighs in the risk.")
        Optional<List<String>> notWith,
    @JsonPropertyDescription(
            "The older way, instead of max_recent_problems and not_with: problem events needed in the earlier"
                + " part of the window to speak of a trend.")
        Optional<@Min(value = 1, message = "is ${validatedValue} (expected 1 or more)") Integer>
            minEarlierProblems,
    @JsonPropertyDescription(
            "The older way: improving when the recent rate of problems is at most this share of the earlier rate.")
        Optional<
                @DecimalMin(
                    value = "0",
                    message = "is ${validatedValue} (expected a share from 0 to 1)")
                @DecimalMax(
                    value = "1",
                    message = "is ${validatedValue} (expected a share from 0 to 1)")
                Double>
            improvingRatio) {

  @JsonIgnore
  @AssertTrue(
      message =
          "is incomplete or mixes two ways of saying improving (expected max_recent_problems and not_with,"
              + " or the older min_earlier_problems and improving_ratio)")
  public boolean isOneWay() {
    if (maxRecentProblems == null
        || notWith == null
        || minEarlierProblems == null
        || improvingRatio == null) {
      return true;
    }
    boolean current = maxRecentProblems.isPresent() && notWith.isPresent();
    boolean older = minEarlierProblems.isPresent() && improvingRatio.isPresent();
    boolean anyCurrent = maxRecentProblems.isPresent() || notWith.isPresent();
    boolean anyOlder = minEarlierProblems.isPresent() || improvingRatio.isPresent();
    return current && !anyOlder || older && !anyCurrent;
  }

  /** Whether the trend is said the older way, which more old problems can earn. */
  public boolean isOlderWay() {
    return maxRecentProblems.isEmpty();
  }

  /** The criteria a trend says nothing about (none the older way). */
  public List<String> notWithOrNone() {
    return notWith == null ? List.of() : notWith.orElse(List.of());
  }
}
