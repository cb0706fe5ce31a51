package com.keepwise.reports.dataset.source;

import com.keepwise.domain.time.Days;
import com.keepwise.domain.time.ZoneOffsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * A {@code java.time} pattern an export writes its dates or datetimes in, turning each value into
 * the contract's ISO text.
 *
 * <p>Patterns of fixed width made of numbers and separators ({@code dd.MM.yyyy}, {@code yyyy-MM-dd
 * HH:mm:ss}) are read by position, without the JDK's parser: a large export has millions of them.
 * Any other pattern ({@code d MMM yyyy}) goes through {@link DateTimeFormatter}, strictly (no 30
 * February).
 */
public final class DatePattern {

  private static final LocalDateTime SAMPLE = LocalDateTime.of(2026, 3, 4, 21, 15, 30);
  private static final int YEAR = 0;
  private static final int MONTH = 1;
  private static final int DAY = 2;
  private static final int HOUR = 3;
  private static final int MINUTE = 4;
  private static final int SECOND = 5;

  private final String pattern;
  private final boolean datetime;
  private final DateTimeFormatter formatter;
  private final boolean offset;

  /**
   * Where each field starts in a value of the fixed layout, -1 when absent; null when not fixed.
   */
  private final int[] start;

  private final String literals;

  /** The fixed layout is followed by an ISO offset ({@code XXX}: {@code Z} or {@code +01:00}). */
  private final boolean offsetSuffix;

  /**
   * Per position of the fixed layout, the field whose digit is there ({@link #YEAR} …), {@link
   * #DIGIT} for a digit the pattern writes as such, or {@link #LITERAL}: one pass reads a value.
   */
  private final byte[] positions;

  private static final byte DIGIT = 6;
  private static final byte LITERAL = 7;

  /** Returned by {@link #localSeconds} for a value not written in this fixed layout. */
  static final long NO_MATCH = Long.MIN_VALUE + 1;

  private DatePattern(
      String pattern,
      boolean datetime,
      DateTimeFormatter formatter,
      boolean offset,
      int[] start,
      String literals,
      boolean offsetSuffix) {
    this.pattern = pattern;
    this.datetime = datetime;
    this.formatter = formatter;
    this.offset = offset;
    this.start = start;
    this.literals = literals;
    this.offsetSuffix = offsetSuffix;
    this.positions = start == null ? null : positions(start, literals);
  }

  private static byte[] positions(int[] start, String literals) {
    byte[] positions = new byte[literals.length()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = isDigit(literals.charAt(i)) ? DIGIT : LITERAL;
    }
    for (int field = YEAR; field <= SECOND; field++) {
      for (int i = 0; start[field] >= 0 && i < (field == YEAR ? 4 : 2); i++) {
        positions[start[field] + i] = (byte) field;
      }
    }
    return positions;
  }

  /**
   * Compiles a pattern for dates ({@code datetime} false) or datetimes.
   *
   * @throws IllegalArgumentException with the reason in words, when the pattern is not a {@code
   *     java.time} pattern or does not give a whole date (and time)
   */
  public static DatePattern of(String pattern, boolean datetime) {
    DateTimeFormatter formatter;
    try {
      // STRICT rejects 30 February; it wants u (year) where people write y (year of era).
      formatter =
          DateTimeFormatter.ofPattern(strictYears(pattern), Locale.ENGLISH)
              .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + pattern + "' is not a java.time pattern: " + e.getMessage());
    }
    ZonedDateTime sample = SAMPLE.atZone(ZoneId.of("Europe/Stockholm"));
    TemporalAccessor back;
    String example;
    try {
      example = formatter.format(sample);
      back = formatter.parse(example);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "'" + pattern + "' cannot be read back: " + e.getMessage());
    }
    boolean wholeDate = back.isSupported(ChronoField.EPOCH_DAY);
    boolean time =
        back.isSupported(ChronoField.HOUR_OF_DAY) && back.isSupported(ChronoField.MINUTE_OF_HOUR);
    if (!wholeDate || (datetime && !time)) {
      throw new IllegalArgumentException(
          "'"
              + pattern
              + "' does not give a whole "
              + (datetime ? "date and time" : "date")
              + " (it writes "
              + example
              + ")");
    }
    boolean offset =
        back.isSupported(ChronoField.OFFSET_SECONDS)
            || back.query(java.time.temporal.TemporalQueries.zone()) != null;
    // A fixed layout, perhaps followed by XXX: the offset is copied as written, and checked by the
    // contract's reader.
    boolean offsetSuffix =
        offset && pattern.endsWith("XXX") && pattern.indexOf('X') == pattern.length() - 3;
    String layout = offsetSuffix ? pattern.substring(0, pattern.length() - 3) : pattern;
    int[] start = offset && !offsetSuffix ? null : fixedLayout(layout);
    String literals =
        start == null ? null : SAMPLE.format(DateTimeFormatter.ofPattern(layout, Locale.ROOT));
    return new DatePattern(pattern, datetime, formatter, offset, start, literals, offsetSuffix);
  }

  /** {@code y} (year of era) as {@code u} (year), outside quoted text. */
  private static String strictYears(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      out.append(!quoted && c == 'y' ? 'u' : c);
    }
    return out.toString();
  }

  /**
   * Where each field starts, for a pattern of {@code yyyy MM dd HH mm ss} and separators only; else
   * null.
   */
  private static int[] fixedLayout(String pattern) {
    int[] start = {-1, -1, -1, -1, -1, -1};
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      if (Character.isLetter(c)) {
        int field =
            switch (c) {
              case 'y', 'u' -> run == 4 ? YEAR : -1;
              case 'M' -> run == 2 ? MONTH : -1;
              case 'd' -> run == 2 ? DAY : -1;
              case 'H' -> run == 2 ? HOUR : -1;
              case 'm' -> run == 2 ? MINUTE : -1;
              case 's' -> run == 2 ? SECOND : -1;
              default -> -1;
            };
        if (field < 0 || start[field] >= 0) {
          return null;
        }
        start[field] = i;
      } else if (c == '\'' || c == '[' || c == ']' || c == '#' || c == '{' || c == '}') {
        return null;
      }
      i += run;
    }
    return start[YEAR] >= 0
            && start[MONTH] >= 0
            && start[DAY] >= 0
            && (start[HOUR] >= 0) == (start[MINUTE] >= 0)
            && (start[SECOND] < 0 || start[MINUTE] >= 0)
        ? start
        : null;
  }

  public String pattern() {
    return pattern;
  }

  /** The sample date (4 March 2026, 21:15:30) written in this pattern, for messages. */
  public String example() {
    return formatter.format(SAMPLE.atZone(ZoneId.of("Europe/Stockholm")));
  }

  /**
   * The value as contract text ({@code 2026-03-04}, {@code 2026-03-04T21:15:30}, {@code
   * 2026-03-04T21:15:30+01:00}), or null when it is not written in this pattern.
   */
  public String toIso(String value) {
    return start != null ? fixed(value) : parsed(value);
  }

  /** True for a pattern read by position; only such a pattern reads values straight to numbers. */
  boolean isFixed() {
    return start != null;
  }

  /**
   * True when the value is written in this pattern's fixed layout (digits where it has numbers, its
   * separators elsewhere, and a well-formed offset where it ends in {@code XXX}): exactly the
   * values {@link #toIso} turns into text.
   */
  boolean matches(String value) {
    int length = literals.length();
    if (offsetSuffix ? !isOffset(value, length) : value.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char expected = literals.charAt(i);
      char c = value.charAt(i);
      if (isDigit(expected) ? !isDigit(c) : c != expected) {
        return false;
      }
    }
    return true;
  }

  /**
   * A value read straight to seconds since 1970-01-01T00:00 on the clock it was written by (a date
   * pattern: the day's midnight, any time in it unread), in one pass and without the ISO text in
   * between: {@link #NO_MATCH} unless it {@link #matches} this fixed layout, {@link Dialect#UNREAD}
   * when the contract's reading of {@link #toIso}'s text would refuse it (30 February, 24:00), or
   * when the pattern is a date pattern with an offset, which the contract's dates do not have.
   */
  long localSeconds(String value) {
    int length = positions.length;
    if (offsetSuffix ? !isOffset(value, length) : value.length() != length) {
      return NO_MATCH;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      byte field = positions[i];
      if (field == LITERAL) {
        if (c != literals.charAt(i)) {
          return NO_MATCH;
        }
        continue;
      }
      int digit = c - '0';
      if (digit < 0 || digit > 9) {
        return NO_MATCH;
      }
      switch (field) {
        case YEAR -> year = year * 10 + digit;
        case MONTH -> month = month * 10 + digit;
        case DAY -> day = day * 10 + digit;
        case HOUR -> hour = hour * 10 + digit;
        case MINUTE -> minute = minute * 10 + digit;
        case SECOND -> second = second * 10 + digit;
        default -> {} // a digit the pattern writes as such
      }
    }
    if (!datetime && offsetSuffix) {
      return Dialect.UNREAD;
    }
    long epochDay = Days.epochDay(year, month, day);
    if (epochDay == Long.MIN_VALUE) {
      return Dialect.UNREAD;
    }
    if (!datetime) {
      return epochDay * 86_400;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Dialect.UNREAD;
    }
    return epochDay * 86_400 + hour * 3_600L + minute * 60L + second;
  }

  /**
   * A datetime whose {@link #localSeconds} are {@code local} as seconds since the epoch: at the
   * offset written after it, or else in {@code zone}; {@link Dialect#UNREAD} for an offset beyond
   * ±18:00, which ISO-8601 does not have.
   */
  long epochSecond(String value, long local, ZoneOffsets zone) {
    if (!offsetSuffix) {
      return zone.instantOf(local);
    }
    int at = literals.length();
    if (value.charAt(at) == 'Z') {
      return local;
    }
    int hours = number(value, at + 1, 2);
    int minutes = number(value, at + 4, 2);
    if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
      return Dialect.UNREAD;
    }
    int offset = (hours * 3_600 + minutes * 60) * (value.charAt(at) == '-' ? -1 : 1);
    return local - offset;
  }

  /** The decimal number of the {@code length} digits at {@code at}, already known to be digits. */
  private static int number(String value, int at, int length) {
    int n = 0;
    for (int i = at; i < at + length; i++) {
      n = n * 10 + (value.charAt(i) - '0');
    }
    return n;
  }

  private String fixed(String value) {
    if (!matches(value)) {
      return null;
    }
    int length = literals.length();
    char[] out = new char[!datetime ? 10 : start[SECOND] >= 0 ? 19 : start[HOUR] >= 0 ? 16 : 10];
    copy(value, start[YEAR], 4, out, 0);
    out[4] = '-';
    copy(value, start[MONTH], 2, out, 5);
    out[7] = '-';
    copy(value, start[DAY], 2, out, 8);
    if (out.length > 10) {
      out[10] = 'T';
      copy(value, start[HOUR], 2, out, 11);
      out[13] = ':';
      copy(value, start[MINUTE], 2, out, 14);
      if (out.length > 16) {
        out[16] = ':';
        copy(value, start[SECOND], 2, out, 17);
      }
    }
    return offsetSuffix ? new String(out).concat(value.substring(length)) : new String(out);
  }

  /** {@code Z} or {@code ±HH:MM} after the first {@code at} characters, and nothing else. */
  private static boolean isOffset(String value, int at) {
    int n = value.length() - at;
    if (n == 1) {
      return value.charAt(at) == 'Z';
    }
    char sign = n == 6 ? value.charAt(at) : 0;
    return (sign == '+' || sign == '-')
        && isDigit(value.charAt(at + 1))
        && isDigit(value.charAt(at + 2))
        && value.charAt(at + 3) == ':'
        && isDigit(value.charAt(at + 4))
        && isDigit(value.charAt(at + 5));
  }

  private static void copy(String from, int at, int length, char[] to, int into) {
    from.getChars(at, at + length, to, into);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private String parsed(String value) {
    try {
      TemporalAccessor parsed = formatter.parse(value);
      if (!datetime) {
        return LocalDate.from(parsed).toString();
      }
      if (offset) {
        return parsed.query(java.time.temporal.TemporalQueries.zone()) != null
            ? ZonedDateTime.from(parsed).toOffsetDateTime().toString()
            : OffsetDateTime.from(parsed).toString();
      }
      return LocalDateTime.from(parsed).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return pattern;
  }
}
