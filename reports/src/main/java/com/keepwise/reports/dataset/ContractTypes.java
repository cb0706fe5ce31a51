package com.keepwise.reports.dataset;

import com.keepwise.domain.time.Days;
import com.keepwise.domain.time.ZoneOffsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Parsing of the data contract's value types, fast enough for tens of millions of rows.
 *
 * <p>The common shapes ({@code 2026-03-04}, {@code 2026-03-04T21:15:00+01:00}, {@code 1200.50}) are
 * read by hand without exceptions or intermediate objects; anything else falls back to the JDK's
 * ISO parsers, so the accepted language is exactly ISO-8601. Failures return {@code null} or {@link
 * #INVALID}: a bad value is an expected event here, not an exceptional one.
 */
final class ContractTypes {

  /** Returned by the numeric parsers for a value that is not of the type. */
  static final long INVALID = Long.MIN_VALUE;

  /** Returned by {@link #tenThousandths} for a number too large for an amount. */
  static final long TOO_LARGE = Long.MIN_VALUE + 1;

  private static final int MAX_WHOLE_DIGITS = 14;

  private ContractTypes() {}

  /** A {@code yyyy-MM-dd} date, or {@code null}. */
  static LocalDate date(String s) {
    long epochDay = s.length() == 10 ? epochDay(s) : Long.MIN_VALUE;
    return epochDay == Long.MIN_VALUE ? null : Days.of(epochDay);
  }

  /** The epoch day of {@code yyyy-MM-dd} at the start of {@code s}, or {@link Long#MIN_VALUE}. */
  private static long epochDay(String s) {
    if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return Long.MIN_VALUE;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    return year < 0 || month < 0 || day < 0 ? Long.MIN_VALUE : Days.epochDay(year, month, day);
  }

  /**
   * An ISO-8601 datetime with an offset, or a local one read in the zone; {@code null} if it is
   * neither.
   */
  static Instant datetime(String s, ZoneOffsets zone) {
    Instant fast = fastDatetime(s, zone);
    if (fast != null) {
      return fast;
    }
    if (epochDay(s) == Long.MIN_VALUE) {
      return null; // years of four digits only: the JDK reads +999999999 too, beyond what the tool
      // can hold
    }
    int point = s.indexOf('.');
    if (point >= 0 && (point + 1 == s.length() || !isDigit(s.charAt(point + 1)))) {
      return null; // the JDK takes "21:15:00." for a fraction; ISO-8601 wants a digit after the
      // point
    }
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              s, java.time.ZonedDateTime::from, LocalDateTime::from);
      if (parsed instanceof LocalDateTime local) {
        return local.atZone(zone.zone()).toInstant();
      }
      return Instant.from(parsed);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code yyyy-MM-ddTHH:mm[:ss[.f…]]} with an optional {@code Z} or {@code ±HH:MM}. */
  private static Instant fastDatetime(String s, ZoneOffsets zone) {
    int n = s.length();
    if (n < 16 || s.charAt(10) != 'T' || s.charAt(13) != ':') {
      return null;
    }
    long day = epochDay(s);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    if (day == Long.MIN_VALUE || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      return null;
    }
    int i = 16;
    int second = 0;
    int nanos = 0;
    if (i < n && s.charAt(i) == ':') {
      second = n >= i + 3 ? digits(s, i + 1, i + 3) : -1;
      if (second < 0 || second > 59) {
        return null;
      }
      i += 3;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
          nanos = nanos * 10 + (s.charAt(i++) - '0');
        }
        if (i == start) {
          return null;
        }
        for (int k = i - start; k < 9; k++) {
          nanos *= 10;
        }
      }
    }
    long localSeconds = day * 86_400 + hour * 3_600L + minute * 60L + second;
    if (i == n) {
      return Instant.ofEpochSecond(zone.instantOf(localSeconds), nanos);
    }
    char sign = s.charAt(i);
    if (sign == 'Z' && i + 1 == n) {
      return Instant.ofEpochSecond(localSeconds, nanos);
    }
    if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, i + 3);
      int om = digits(s, i + 4, i + 6);
      if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) {
        return null; // ISO offsets stop at ±18:00
      }
      int offset = (oh * 3_600 + om * 60) * (sign == '-' ? -1 : 1);
      return Instant.ofEpochSecond(localSeconds - offset, nanos);
    }
    return null;
  }

  /**
   * A plain decimal ({@code 1200.50}, {@code -3}, {@code .5}) as ten-thousandths, rounded half-up
   * beyond four decimals; {@link #INVALID} if it is not one, {@link #TOO_LARGE} above 14 whole
   * digits.
   */
  static long tenThousandths(String s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    long whole = 0;
    int wholeDigits = 0;
    int significantDigits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      int d = s.charAt(i++) - '0';
      wholeDigits++;
      // Leading zeros are not digits of the value: 00012.5 is 12.5.
      if (whole > 0 || d > 0) {
        if (++significantDigits > MAX_WHOLE_DIGITS) {
          return TOO_LARGE;
        }
        whole = whole * 10 + d;
      }
    }
    long fraction = 0;
    int fractionDigits = 0;
    boolean roundUp = false;
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        int d = s.charAt(i++) - '0';
        if (fractionDigits < 4) {
          fraction = fraction * 10 + d;
        } else if (fractionDigits == 4) {
          roundUp = d >= 5;
        }
        fractionDigits++;
      }
    }
    if (i != n || wholeDigits + fractionDigits == 0) {
      return INVALID;
    }
    for (int k = Math.min(fractionDigits, 4); k < 4; k++) {
      fraction *= 10;
    }
    long value = whole * 10_000 + fraction + (roundUp ? 1 : 0);
    return negative ? -value : value;
  }

  /** A contract boolean ({@code true/false}, {@code yes/no}, {@code 1/0}, any case), or null. */
  static Boolean bool(String s) {
    switch (s.length()) {
      case 1:
        return s.equals("1") ? Boolean.TRUE : s.equals("0") ? Boolean.FALSE : null;
      case 2:
        return s.equalsIgnoreCase("no") ? Boolean.FALSE : null;
      case 3:
        return s.equalsIgnoreCase("yes") ? Boolean.TRUE : null;
      case 4:
        return s.equalsIgnoreCase("true") ? Boolean.TRUE : null;
      case 5:
        return s.equalsIgnoreCase("false") ? Boolean.FALSE : null;
      default:
        return null;
    }
  }

  /** A whole number of at most nine digits, optionally signed, or {@link #INVALID}. */
  static long integer(String s) {
    int n = s.length();
    int start = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    if (n == start || n - start > 9) {
      return INVALID;
    }
    int value = digits(s, start, n);
    if (value < 0) {
      return INVALID;
    }
    return s.charAt(0) == '-' ? -value : value;
  }

  /** The decimal number in {@code s[from, to)}, or -1 if a character is not a digit. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A value as quoted in messages: at most 40 characters (code points: never half an emoji),
   * control characters made visible.
   */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), 44) + 2).append('\'');
    int shown = 0;
    for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
      int c = value.codePointAt(i);
      if (shown == 40) {
        out.append('…');
        break;
      }
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
      shown++;
    }
    return out.append('\'').toString();
  }
}
