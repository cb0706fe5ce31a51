package com.keepwise.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in the dataset's currency, held as a fixed-point number with four decimals.
 *
 * <p>Four decimals cover every ISO 4217 minor unit, and a {@code long} keeps a million customers'
 * accumulators small and fast; the currency itself belongs to the dataset, not to each amount.
 */
public record Money(long tenThousandths) implements Comparable<Money> {

  /** Number of decimals kept. */
  public static final int SCALE = 4;

  private static final long ONE = 10_000L;

  public static final Money ZERO = new Money(0);

  /** An amount from a decimal, rounded half-up to four decimals. */
  public static Money of(BigDecimal amount) {
    return new Money(amount.setScale(SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact());
  }

  /** An amount computed in floating point (a cost, a profit), rounded to four decimals. */
  public static Money ofDouble(double amount) {
    if (!(Math.abs(amount) < 9.0e14)) {
      throw new IllegalArgumentException("not an amount: " + amount);
    }
    return new Money(Math.round(amount * ONE));
  }

  /** A whole amount, for tests and fixtures. */
  public static Money of(long whole) {
    return new Money(Math.multiplyExact(whole, ONE));
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(tenThousandths, other.tenThousandths));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(tenThousandths, other.tenThousandths));
  }

  public boolean isPositive() {
    return tenThousandths > 0;
  }

  public boolean isNegative() {
    return tenThousandths < 0;
  }

  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(tenThousandths, SCALE).stripTrailingZeros();
  }

  /** The amount as a double, for ratios and scores (never for sums). */
  public double toDouble() {
    return tenThousandths / (double) ONE;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(tenThousandths, other.tenThousandths);
  }

  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
