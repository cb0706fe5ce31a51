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
    @JsonPropertyDescription("The fact's value at which severity starts to rise from 0.")
        Optional<Double> from,
    @JsonPropertyDescription("The fact's value at which severity reaches 1.") Optional<Double> to,
    @JsonPropertyDescription(
            "Instead of from/to: a curve of [value, severity] pairs, values ascending, severities from 0 to 1.")
        Optional<
                @Size(
                        min = 2,
                        message =
                            "has {min} points or more (expected at least two [value, severity] pairs)")
                    List<
                    List<Double>>>
            points) {

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
  @AssertTrue(
      message =
          "is not a valid curve (expected [value, severity] pairs, values ascending, severities from 0 to 1)")
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
    return compiled().severity(value);
  }

  /** The threshold as a curve of primitive points, for scoring a million customers. */
  public Curve compiled() {
    if (points.isPresent()) {
      List<List<Double>> given = points.get();
      double[] xs = new double[given.size()];
      double[] ys = new double[given.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = given.get(i).get(0);
        ys[i] = given.get(i).get(1);
      }
      return new Curve(xs, ys);
    }
    double start = from.orElseThrow();
    double end = to.orElseThrow();
    return start < end
        ? new Curve(new double[] {start, end}, new double[] {0, 1})
        : new Curve(new double[] {end, start}, new double[] {1, 0});
  }

  /** Severity as a piecewise-linear function of a fact, flat beyond its first and last points. */
  public static final class Curve {
    private final double[] xs;
    private final double[] ys;

    Curve(double[] xs, double[] ys) {
      this.xs = xs;
      this.ys = ys;
    }

    public double severity(double value) {
      if (value <= xs[0]) {
        return ys[0];
      }
      for (int i = 1; i < xs.length; i++) {
        if (value <= xs[i]) {
          double t = (value - xs[i - 1]) / (xs[i] - xs[i - 1]);
          return ys[i - 1] + t * (ys[i] - ys[i - 1]);
        }
      }
      return ys[ys.length - 1];
    }
  }
}
