package com.keepwise.reports.dataset.source;

import com.keepwise.domain.time.ZoneOffsets;
import java.util.List;

/**
 * How an export writes numbers, dates and datetimes, and the turning of its values into the
 * contract's text: {@code 20 000,50} into {@code 20000.50}, {@code 04.03.2026} into {@code
 * 2026-03-04}. Every method returns {@code null} for a value not written that way, so that the
 * reader reports it with the value as the export wrote it.
 *
 * <p>The common values are also read straight to numbers ({@link #tenThousandths}, {@link
 * #epochDay}, {@link #epochSecond(String, ZoneOffsets, long[], int)}): a large export has tens of
 * millions of them, and making text of each only for the contract's reader to read it again cost
 * mapped reading a tenth of its time. These readers give what the contract's reading of the text
 * would give, or {@link #UNREAD} when they cannot be sure of it (an unusual value, a pattern read
 * by the JDK, a value to refuse); the caller then goes the way of the text, which reads the value
 * or reports it as the export wrote it.
 */
public final class Dialect {

  /**
   * What the direct readers return for a value they leave to the contract's reading of its text.
   */
  public static final long UNREAD = Long.MIN_VALUE;

  /** The most whole digits of an amount, as the contract's reading allows. */
  private static final int MAX_WHOLE_DIGITS = 14;

  /** The contract's own dialect, for a mapped export that writes values as the contract does. */
  public static final Dialect CONTRACT = new Dialect('.', List.of(), List.of());

  private final char decimal;
  private final char otherMark;
  private final List<DatePattern> dates;
  private final List<DatePattern> datetimes;

  /**
   * The same patterns as arrays, for the direct readers: every value of a large export tries them.
   */
  private final DatePattern[] datePatterns;

  private final DatePattern[] datetimePatterns;

  /**
   * @param decimal {@code '.'} or {@code ','}
   * @param dates the patterns dates are written in, tried in order; empty for ISO
   * @param datetimes the same for datetimes
   */
  public Dialect(char decimal, List<DatePattern> dates, List<DatePattern> datetimes) {
    if (decimal != '.' && decimal != ',') {
      throw new IllegalArgumentException("decimal separator " + decimal);
    }
    this.decimal = decimal;
    this.otherMark = decimal == '.' ? ',' : '.';
    this.dates = List.copyOf(dates);
    this.datetimes = List.copyOf(datetimes);
    this.datePatterns = this.dates.toArray(DatePattern[]::new);
    this.datetimePatterns = this.datetimes.toArray(DatePattern[]::new);
  }

  public char decimal() {
    return decimal;
  }

  public List<DatePattern> dates() {
    return dates;
  }

  public List<DatePattern> datetimes() {
    return datetimes;
  }

  /** A date as ISO text, or null; ISO dates pass through when no pattern is given. */
  public String date(String value) {
    return dates.isEmpty() ? value.strip() : first(dates, value.strip());
  }

  /** A datetime as ISO text, or null; ISO datetimes pass through when no pattern is given. */
  public String datetime(String value) {
    return datetimes.isEmpty() ? value.strip() : first(datetimes, value.strip());
  }

  private static String first(List<DatePattern> patterns, String value) {
    for (DatePattern pattern : patterns) {
      String iso = pattern.toIso(value);
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /**
   * A number as a plain decimal ({@code -20 000,50} → {@code -20000.50}): an optional sign, digits
   * perhaps grouped by thousands with one separator throughout (space, no-break space, narrow
   * no-break space, or the mark that is not the decimal one), then the decimal mark and digits.
   * Null when the value is not such a number; surrounding spaces are ignored.
   */
  public String decimal(String value) {
    String s = value.strip();
    int n = s.length();
    if (n == 0) {
      return null;
    }
    char[] out = new char[n];
    int o = 0;
    int i = 0;
    if (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '\u2212') {
      out[o++] = s.charAt(0) == '+' ? '+' : '-';
      i = 1;
    }
    char group = 0;
    int run = 0; // digits since the start or the last group separator
    int groups = 0;
    int digits = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        out[o++] = c;
        run++;
        digits++;
      } else if (c == decimal) {
        break;
      } else if (isGroupSeparator(c) && (group == 0 || c == group)) {
        if (run == 0 || (groups == 0 ? run > 3 : run != 3)) {
          return null;
        }
        group = c;
        groups++;
        run = 0;
      } else {
        return null;
      }
    }
    if (groups > 0 && run != 3) {
      return null;
    }
    if (i < n) { // at the decimal mark
      out[o++] = '.';
      for (i++; i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        out[o++] = c;
        digits++;
      }
    }
    if (digits == 0) {
      return null;
    }
    boolean same =
        o == n && s.equals(value) && decimal == '.' && groups == 0 && s.charAt(0) != '\u2212';
    return same ? value : new String(out, 0, o);
  }

  /**
   * A number as the contract reads the plain decimal {@link #decimal} makes of it: ten-thousandths,
   * rounded half-up beyond four decimals. {@link #UNREAD} when {@link #decimal} refuses the value,
   * or when it has more than 14 whole digits (the contract's reading says how it is too large).
   */
  public long tenThousandths(String value) {
    String s = value.strip();
    int n = s.length();
    if (n == 0) {
      return UNREAD;
    }
    int i = 0;
    boolean negative = false;
    char first = s.charAt(0);
    if (first == '-' || first == '+' || first == '\u2212') {
      negative = first != '+';
      i = 1;
    }
    char group = 0;
    int run = 0; // digits since the start or the last group separator, as in decimal()
    int groups = 0;
    int digits = 0;
    long whole = 0;
    int significant = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        run++;
        digits++;
        // Leading zeros are not digits of the value: 00012,5 is 12.5.
        if (whole > 0 || c > '0') {
          if (++significant > MAX_WHOLE_DIGITS) {
            return UNREAD;
          }
          whole = whole * 10 + (c - '0');
        }
      } else if (c == decimal) {
        break;
      } else if (isGroupSeparator(c) && (group == 0 || c == group)) {
        if (run == 0 || (groups == 0 ? run > 3 : run != 3)) {
          return UNREAD;
        }
        group = c;
        groups++;
        run = 0;
      } else {
        return UNREAD;
      }
    }
    if (groups > 0 && run != 3) {
      return UNREAD;
    }
    long fraction = 0;
    int fractionDigits = 0;
    boolean roundUp = false;
    for (i++; i < n; i++) { // past the decimal mark, if there is one
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return UNREAD;
      }
      if (fractionDigits < 4) {
        fraction = fraction * 10 + (c - '0');
      } else if (fractionDigits == 4) {
        roundUp = c >= '5';
      }
      fractionDigits++;
      digits++;
    }
    if (digits == 0) {
      return UNREAD;
    }
    for (int k = fractionDigits; k < 4; k++) {
      fraction *= 10;
    }
    long units = whole * 10_000 + fraction + (roundUp ? 1 : 0);
    return negative ? -units : units;
  }

  /**
   * A date as the contract reads the ISO text {@link #date} makes of it: its epoch day. {@link
   * #UNREAD} when the value is not written in a pattern read by position, or is no real day.
   */
  public long epochDay(String value) {
    long local = localSeconds(datePatterns, value);
    return local == UNREAD ? UNREAD : Math.floorDiv(local, 86_400);
  }

  /**
   * A datetime as the contract reads the ISO text {@link #datetime} makes of it, local ones in
   * {@code zone}: seconds since the epoch. {@link #UNREAD} as for {@link #epochDay}.
   *
   * <p>On the way, the date and time as written (the ISO text without its offset) go to {@code
   * local[slot]} as seconds since 1970-01-01T00:00, for the day the value was written on: one
   * reading serves both.
   */
  public long epochSecond(String value, ZoneOffsets zone, long[] local, int slot) {
    String s = value.strip();
    // The first pattern the value is written in makes the text, as in first(); one the JDK reads
    // might be it.
    for (DatePattern pattern : datetimePatterns) {
      long seconds = pattern.isFixed() ? pattern.localSeconds(s) : UNREAD;
      if (seconds == UNREAD) {
        return UNREAD;
      }
      if (seconds != DatePattern.NO_MATCH) {
        local[slot] = seconds;
        return pattern.epochSecond(s, seconds, zone);
      }
    }
    return UNREAD;
  }

  /**
   * The value read by the first pattern it is written in, as {@link #first} finds it, when that
   * pattern and every one tried before it are read by position; else {@link #UNREAD} (no patterns:
   * ISO text, read by the contract's reader as it is).
   */
  private static long localSeconds(DatePattern[] patterns, String value) {
    String s = value.strip();
    for (DatePattern pattern : patterns) {
      long local = pattern.isFixed() ? pattern.localSeconds(s) : UNREAD;
      if (local != DatePattern.NO_MATCH) {
        return local;
      }
    }
    return UNREAD;
  }

  private boolean isGroupSeparator(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == otherMark || c == '\'';
  }

  /** An example of a value of the kind in this dialect, for "expected …" in messages. */
  public String example(ValueKind kind) {
    return switch (kind) {
      case DATE -> dates.isEmpty() ? "a date like 2026-03-04" : "a date like " + examples(dates);
      case DATETIME ->
          datetimes.isEmpty()
              ? "a datetime like 2026-03-04T21:15:00"
              : "a datetime like " + examples(datetimes);
      case DECIMAL -> "a decimal like " + (decimal == ',' ? "1 200,50" : "1200.50 or 1,200.50");
      case INTEGER -> "a whole number";
      case BOOL -> "true/false, yes/no or 1/0";
      case TEXT -> "text";
    };
  }

  private static String examples(List<DatePattern> patterns) {
    StringBuilder out = new StringBuilder();
    for (DatePattern pattern : patterns) {
      if (out.length() > 0) {
        out.append(" or ");
      }
      out.append(pattern.example()).append(" (").append(pattern.pattern()).append(')');
    }
    return out.toString();
  }
}
