package com.keepwise.scoring.signals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The months before the review date that the review looks at, split into an earlier and a recent
 * part so a customer's trend can be judged.
 *
 * @param start the first day is the day after this one
 * @param recentStart the recent part begins the day after this one
 * @param asOf the review date, the window's last day
 */
public record ReviewWindow(LocalDate start, LocalDate recentStart, LocalDate asOf) {

  public ReviewWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(recentStart, "recentStart");
    Objects.requireNonNull(asOf, "asOf");
    if (!start.isBefore(recentStart) || recentStart.isAfter(asOf)) {
      throw new IllegalArgumentException("window " + start + " < " + recentStart + " <= " + asOf);
    }
  }

  /** The {@code months} before {@code asOf}, the last {@code recentMonths} of them being recent. */
  public static ReviewWindow of(LocalDate asOf, int months, int recentMonths) {
    return new ReviewWindow(asOf.minusMonths(months), asOf.minusMonths(recentMonths), asOf);
  }

  public boolean contains(LocalDate day) {
    return day.isAfter(start) && !day.isAfter(asOf);
  }

  public boolean isRecent(LocalDate day) {
    return day.isAfter(recentStart);
  }

  /** The window's length in days. */
  public long days() {
    return ChronoUnit.DAYS.between(start, asOf);
  }

  /** The window's length in (average) months, for rates per month. */
  public double months() {
    return days() / 30.436875;
  }

  /** How much longer the earlier part is than the recent part, to compare their counts fairly. */
  public double earlierToRecentLength() {
    return (double) ChronoUnit.DAYS.between(start, recentStart)
        / ChronoUnit.DAYS.between(recentStart, asOf);
  }
}
