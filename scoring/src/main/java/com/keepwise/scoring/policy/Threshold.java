package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * How a fact becomes a severity from 0 to 1: a straight ramp from {@code from} (severity 0) to
 * {@code to} (severity 1), or a curve through {@code points}. {@code from} may be above {@code to}
 * for facts where less is worse (referrals, margin).
 */
public record Threshold(
    @JsonPropertyDescription("The fact's value at which severity starts to rise from 0.") Optional<Double> from,
    @JsonPropertyDescription("The fact's value at which severity reaches 1.") Optional<Double> to,
    @JsonPropertyDescription("Instead of from/to: a curve of [value, severity] pairs, values ascending, severities from 0 to 1.")
        Optional<@Size(min = 2, message = "has {min} points or more (expected at least two [value, severity] pairs)") List<List<Double>>> points) {

  /** Either from and to, or points; never both, never neither. */
  @JsonIgnore
  @AssertTrue(message = "is neither a ramp nor a curve (expected from: and to:, or points:)")
  public boolean isRampOrCurve() {
    boolean ramp = from.isPresent() && to.isPresent();
    return ramp != points.isPresent() && (ramp || (from.isEmpty() && to.isEmpty()));
  }

  @JsonIgnore
  @AssertTrue(message = "is flat (expected from and to to differ)")
  public boolean isNotFlat() {
    return from.isEmpty() || to.isEmpty() || !from.get().equals(to.get());
  }

  @JsonIgnore
  @AssertTrue(message = "is not a valid curve (expected [value, severity] pairs, values ascending, severities from 0 to 1)")
  public boolean isValidCurve() {
    if (points.isEmpty()) {
      return true;
    }
    double previous = Double.NEGATIVE_INFINITY;
    for (List<Double> point : points.get()) {
      if (point == null || point.size() != 2 || point.get(0) == null || point.get(1) == null) {
        return false;
      }
      if (point.get(0) <= previous || point.get(1) < 0 || point.get(1) > 1) {
        return false;
      }
      previous = point.get(0);
    }
    return true;
  }

  /** A straight ramp. */
  public static Threshold ramp(double from, double to) {
    return new Threshold(Optional.of(from), Optional.of(to), Optional.empty());
  }

  /** The severity of a fact's value, from 0 to 1. */
  public double severity(double value) {
    if (points.isPresent()) {
      return curve(points.get(), value);
    }
    double start = from.orElseThrow();
    double end = to.orElseThrow();
    double t = (value - start) / (end - start);
    return Math.max(0, Math.min(1, t));
  }

  private static double curve(List<List<Double>> points, double value) {
    List<Double> first = points.get(0);
    if (value <= first.get(0)) {
      return first.get(1);
    }
    for (int i = 1; i < points.size(); i++) {
      List<Double> a = points.get(i - 1);
      List<Double> b = points.get(i);
      if (value <= b.get(0)) {
        double t = (value - a.get(0)) / (b.get(0) - a.get(0));
        return a.get(1) + t * (b.get(1) - a.get(1));
      }
    }
    return points.get(points.size() - 1).get(1);
  }
}
