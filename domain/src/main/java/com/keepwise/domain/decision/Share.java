package com.keepwise.domain.decision;

/** A part of a whole, from 0 to 1; shown as a percentage. */
public record Share(double fraction) {

  public Share {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("a share is 0 to 1, not " + fraction);
    }
  }

  /**
   * {@code part} of {@code whole}; zero of nothing is a zero share. A part above the whole is a
   * bug.
   */
  public static Share of(double part, double whole) {
    if (part < 0 || whole < 0 || part > whole * (1 + 1e-12)) {
      throw new IllegalArgumentException("share of " + part + " in " + whole);
    }
    return new Share(whole == 0 ? 0 : Math.min(1, part / whole));
  }
}
