package com.keepwise.domain.time;

import java.time.LocalDate;

/**
 * Dates by epoch day, one shared instance each for the years a dataset holds: tens of millions of
 * rows name a few thousand distinct days, so they need not each allocate one.
 */
public final class Days {

  private static final int FIRST = (int) LocalDate.of(1900, 1, 1).toEpochDay();
  private static final int LAST = (int) LocalDate.of(2199, 12, 31).toEpochDay();
  private static final LocalDate[] CACHE = new LocalDate[LAST - FIRST + 1];

  private Days() {}

  /** The date of an epoch day. */
  public static LocalDate of(long epochDay) {
    if (epochDay < FIRST || epochDay > LAST) {
      return LocalDate.ofEpochDay(epochDay);
    }
    int slot = (int) epochDay - FIRST;
    LocalDate day = CACHE[slot];
    if (day == null) {
      day = LocalDate.ofEpochDay(epochDay);
      CACHE[slot] = day; // a benign race: every thread computes the same value
    }
    return day;
  }

  /**
   * The epoch day of a calendar date, or {@link Long#MIN_VALUE} when there is no such date
   * (February 30th). Without objects, for parsers.
   */
  public static long epochDay(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return Long.MIN_VALUE;
    }
    // Days from civil, after Howard Hinnant's algorithm: exact for the proleptic Gregorian
    // calendar.
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097L + dayOfEra - 719468;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
