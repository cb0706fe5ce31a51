package com.keepwise.scoring.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers written plainly for people and files: rounded, no exponent, no trailing zeros. */
public final class Decimals {

  private Decimals() {}

  /**
   * {@code value} rounded half-up to {@code decimals}, e.g. 4000 → 4000, 0.30000000000000004 → 0.3.
   */
  public static BigDecimal rounded(double value, int decimals) {
    if (value == (long) value && Math.abs(value) < 1e15) {
      return BigDecimal.valueOf((long) value); // whole numbers, zero above all, are most of them
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded;
  }

  /** The same as text: {@code 4000}, {@code 0.3}, {@code -12.5}. */
  public static String plain(double value, int decimals) {
    return rounded(value, decimals).toPlainString();
  }
}
