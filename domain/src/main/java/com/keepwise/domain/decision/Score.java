package com.keepwise.domain.decision;

/**
 * A risk or value score from 0 to 100, kept to one decimal (as tenths, so it is exact).
 *
 * <p>{@link #of(double)} is the one place where scores are rounded; an impossible value is a bug
 * and is refused.
 */
public record Score(int tenths) implements Comparable<Score> {

  public static final Score ZERO = new Score(0);

  public Score {
    if (tenths < 0 || tenths > 1000) {
      throw new IllegalArgumentException("a score is 0 to 100, not " + tenths / 10.0);
    }
  }

  /** The score for a raw value in [0, 100], rounded half-up to one decimal. */
  public static Score of(double raw) {
    if (!(raw >= -1e-9 && raw <= 100 + 1e-9)) {
      throw new IllegalArgumentException("a score is 0 to 100, not " + raw);
    }
    return new Score((int) Math.floor(Math.min(100, Math.max(0, raw)) * 10 + 0.5));
  }

  public double value() {
    return tenths / 10.0;
  }

  @Override
  public int compareTo(Score other) {
    return Integer.compare(tenths, other.tenths);
  }

  /** One decimal, a dot as separator: {@code 42.0}. */
  @Override
  public String toString() {
    return (tenths / 10) + "." + (tenths % 10);
  }
}
