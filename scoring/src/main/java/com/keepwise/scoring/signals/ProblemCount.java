package com.keepwise.scoring.signals;

import java.time.LocalDate;

/**
 * Problem events of one kind for one customer, in the earlier and the recent part of the window,
 * packed into one {@code long} (earlier count high, recent count low): a million customers keep
 * eight of them each.
 */
final class ProblemCount {

  private ProblemCount() {}

  /** The counts with one more event on {@code day}. */
  static long add(long counts, LocalDate day, ReviewWindow window) {
    return window.isRecent(day) ? counts + 1 : counts + (1L << 32);
  }

  static int earlier(long counts) {
    return (int) (counts >>> 32);
  }

  static int recent(long counts) {
    return (int) counts;
  }
}
