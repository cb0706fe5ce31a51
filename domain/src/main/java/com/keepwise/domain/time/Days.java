package com.keepwise.domain.time;

import java.time.LocalDate;

/**
 * Dates by epoch day, one shared instance each for the years a dataset holds: tens of millions of
 * rows name a few thousand distinct days, so they need not each allocate one.
 */
public final class Days {

  private Days() {}

  /**
   * Every day from 1970 to 2099, made once when a date is first asked for and never written after
   * (47,482 dates, about 1.3 MB): no mutable state, nothing to race on. Days outside it are rare in
   * a business's exports and are made as asked.
   */
  private static final class Table {
    static final int FIRST = (int) LocalDate.of(1970, 1, 1).toEpochDay();
    static final int LAST = (int) LocalDate.of(2099, 12, 31).toEpochDay();
    static final LocalDate[] DAYS = new LocalDate[LAST - FIRST + 1];

    static {
      for (int slot = 0; slot < DAYS.length; slot++) {
        DAYS[slot] = LocalDate.ofEpochDay(FIRST + slot);
      }
    }
  }

  /** The date of an epoch day. */
  public static LocalDate of(long epochDay) {
    if (epochDay < Table.FIRST || epochDay > Table.LAST) {
      return LocalDate.ofEpochDay(epochDay);
    }
    return Table.DAYS[(int) epochDay - Table.FIRST];
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
