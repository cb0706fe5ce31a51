package com.keepwise.reports.dataset.source;

import java.util.List;

/**
 * How an export writes numbers, dates and datetimes, and the turning of its values into the
 * contract's text: {@code 20 000,50} into {@code 20000.50}, {@code 04.03.2026} into {@code
 * 2026-03-04}. Every method returns {@code null} for a value not written that way, so that the
 * reader reports it with the value as the export wrote it.
 */
public final class Dialect {

  /** The contract's own dialect, for a mapped export that writes values as the contract does. */
  public static final Dialect CONTRACT = new Dialect('.', List.of(), List.of());

  private final char decimal;
  private final char otherMark;
  private final List<DatePattern> dates;
  private final List<DatePattern> datetimes;

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
