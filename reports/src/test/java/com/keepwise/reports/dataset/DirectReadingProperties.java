package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.time.ZoneOffsets;
import com.keepwise.reports.dataset.source.DatePattern;
import com.keepwise.reports.dataset.source.Dialect;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mapped value read straight to a number ({@link Dialect#tenThousandths}, {@link
 * Dialect#epochDay}, {@link Dialect#epochSecond(String, ZoneOffsets, long[], int)} and the day it
 * was written on) is what the contract's reader makes of the text the dialect turns it into, for
 * random dialects and values near and far from well-formed (java.util.Random seeds: each failure
 * names its seed and value). Where the direct reading leaves a value to the text, the text decides;
 * it must not leave the common ones.
 */
class DirectReadingProperties {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /** Patterns read by position, and some the JDK reads. */
  static final String[] DATES = {
    "dd.MM.yyyy",
    "MM/dd/yyyy",
    "yyyyMMdd",
    "yyyy/MM/dd",
    "dd-MM-yyyy",
    "dd.MM.yyyy HH:mm",
    "yyyy-MM-ddXXX",
    "d.M.yyyy",
    "d MMM yyyy"
  };

  static final String[] DATETIMES = {
    "dd.MM.yyyy HH:mm:ssXXX",
    "dd.MM.yyyy HH:mm:ss",
    "yyyy-MM-dd HH:mm",
    "yyyyMMdd HHmmss",
    "dd/MM/yyyy HH:mm:ss",
    "yyyy-MM-dd HH:mmXXX",
    "M/d/yyyy H:mm:ss",
    "dd.MM.yyyy HH:mm:ssZ"
  };

  static final ZoneOffsets ZONE = ZoneOffsets.of(ZoneId.of("Europe/Stockholm"));

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decimalsReadDirectlyAreWhatTheContractReadsFromTheirText(long seed) {
    Random random = new Random(seed);
    Dialect dialect = new Dialect(random.nextBoolean() ? ',' : '.', List.of(), List.of());
    int direct = 0;
    for (int i = 0; i < 2_000; i++) {
      String value = number(random, dialect.decimal());
      String text = dialect.decimal(value);
      long slow = text == null ? ContractTypes.INVALID : ContractTypes.tenThousandths(text);
      long fast = dialect.tenThousandths(value);
      String at = "seed " + seed + ", decimal '" + dialect.decimal() + "', value '" + value + "'";
      if (slow == ContractTypes.INVALID || slow == ContractTypes.TOO_LARGE) {
        assertEquals(Dialect.UNREAD, fast, at); // the text's reading reports it
      } else {
        assertEquals(slow, fast, at); // every number the contract reads is read directly
        direct++;
      }
    }
    assertTrue(direct > 500, "seed " + seed + ": only " + direct + " numbers read directly");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void datesReadDirectlyAreWhatTheContractReadsFromTheirText(long seed) {
    Random random = new Random(seed);
    List<DatePattern> patterns = patterns(random, DATES, false);
    Dialect dialect = new Dialect('.', patterns, List.of());
    int direct = 0;
    for (int i = 0; i < 2_000; i++) {
      String value = dateValue(random, patterns, false);
      String text = dialect.date(value);
      LocalDate slow = text == null ? null : ContractTypes.date(text);
      long fast = dialect.epochDay(value);
      String at = "seed " + seed + ", patterns " + patterns + ", value '" + value + "'";
      if (fast != Dialect.UNREAD) {
        assertNotNull(slow, at);
        assertEquals(slow.toEpochDay(), fast, at);
        direct++;
      } else if (slow != null) {
        assertTrue(readByJdk(patterns, value), at + ": a day read by position left to the text");
      }
    }
    // A date with an offset is no contract date: such a pattern is left to the text to refuse.
    String first = patterns.get(0).pattern();
    if (isFixedLayout(first) && !first.endsWith("XXX")) {
      assertTrue(direct > 200, "seed " + seed + ": only " + direct + " dates read directly");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void datetimesReadDirectlyAreWhatTheContractReadsFromTheirText(long seed) {
    Random random = new Random(seed);
    List<DatePattern> patterns = patterns(random, DATETIMES, true);
    Dialect dialect = new Dialect('.', List.of(), patterns);
    int direct = 0;
    for (int i = 0; i < 2_000; i++) {
      String value = dateValue(random, patterns, true);
      String text = dialect.datetime(value);
      Instant slow = text == null ? null : ContractTypes.datetime(text, ZONE);
      long[] local = {Long.MAX_VALUE, Long.MAX_VALUE};
      long fast = dialect.epochSecond(value, ZONE, local, 1);
      long day = fast == Dialect.UNREAD ? Dialect.UNREAD : Math.floorDiv(local[1], 86_400);
      String at = "seed " + seed + ", patterns " + patterns + ", value '" + value + "'";
      if (fast != Dialect.UNREAD) {
        assertNotNull(slow, at);
        assertEquals(slow, Instant.ofEpochSecond(fast), at);
        direct++;
      } else if (slow != null) {
        assertTrue(readByJdk(patterns, value), at + ": a datetime read by position left to text");
      }
      if (day != Dialect.UNREAD) {
        // The data-quality page's range of days: the day as written, before any offset.
        assertNotNull(text, at);
        assertEquals(text.substring(0, 10), LocalDate.ofEpochDay(day).toString(), at);
      }
      assertEquals(Long.MAX_VALUE, local[0], at);
    }
    if (isFixedLayout(patterns.get(0).pattern())) {
      assertTrue(direct > 200, "seed " + seed + ": only " + direct + " datetimes read directly");
    }
  }

  /** One to three of the patterns, in random order. */
  private static List<DatePattern> patterns(Random random, String[] all, boolean datetime) {
    List<String> names = new ArrayList<>(List.of(all));
    Collections.shuffle(names, random);
    List<DatePattern> patterns = new ArrayList<>();
    for (String name : names.subList(0, 1 + random.nextInt(3))) {
      patterns.add(DatePattern.of(name, datetime));
    }
    return patterns;
  }

  /**
   * True when a value the text reads was left to it rightly: a pattern the JDK reads comes first
   * among those the value might be written in, or the value matched a date pattern with an offset.
   */
  private static boolean readByJdk(List<DatePattern> patterns, String value) {
    for (DatePattern pattern : patterns) {
      if (!isFixedLayout(pattern.pattern())) {
        return true;
      }
      if (pattern.toIso(value.strip()) != null) {
        return false;
      }
    }
    return false;
  }

  private static boolean isFixedLayout(String pattern) {
    return !pattern.startsWith("d.")
        && !pattern.startsWith("M/")
        && !pattern.contains("MMM")
        && !pattern.endsWith("Z");
  }

  /** A value written in one of the patterns, often spoiled a little. */
  private static String dateValue(Random random, List<DatePattern> patterns, boolean datetime) {
    LocalDateTime at =
        LocalDateTime.of(1950 + random.nextInt(100), 1, 1, 0, 0)
            .plusDays(random.nextInt(366))
            .plusSeconds(random.nextInt(86_400));
    String pattern = patterns.get(random.nextInt(patterns.size())).pattern();
    String value =
        DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)
            .format(at.atZone(ZoneId.of(random.nextBoolean() ? "Europe/Stockholm" : "UTC")));
    return spoiled(random, value, "0123456789:.-/ +Z\u00A0x");
  }

  /** A number as an export might write it, often spoiled a little. */
  private static String number(Random random, char decimal) {
    StringBuilder out = new StringBuilder();
    switch (random.nextInt(6)) {
      case 0 -> out.append('-');
      case 1 -> out.append(random.nextBoolean() ? '+' : '\u2212');
      default -> {}
    }
    String whole =
        random.nextInt(10) == 0
            ? "0".repeat(random.nextInt(4)) + digits(random, 1 + random.nextInt(18))
            : digits(random, random.nextInt(8));
    char[] groupings = {' ', '\u00A0', '\u202F', '\'', decimal == ',' ? '.' : ','};
    if (random.nextBoolean() && whole.length() > 3) {
      char group = groupings[random.nextInt(groupings.length)];
      StringBuilder grouped = new StringBuilder();
      for (int i = 0; i < whole.length(); i++) {
        if (i > 0 && (whole.length() - i) % 3 == 0) {
          grouped.append(group);
        }
        grouped.append(whole.charAt(i));
      }
      whole = grouped.toString();
    }
    out.append(whole);
    if (random.nextBoolean()) {
      out.append(decimal).append(digits(random, random.nextInt(7)));
    }
    String value = random.nextInt(8) == 0 ? " " + out + " " : out.toString();
    return spoiled(random, value, "0123456789,. '-\u00A0e");
  }

  private static String digits(Random random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  /**
   * Half the time the value as it is; else with a character replaced, removed or added, or a day,
   * hour or offset out of range.
   */
  private static String spoiled(Random random, String value, String alphabet) {
    if (random.nextBoolean() || value.isEmpty()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value);
    int at = random.nextInt(value.length());
    char c = alphabet.charAt(random.nextInt(alphabet.length()));
    switch (random.nextInt(5)) {
      case 0 -> out.setCharAt(at, c);
      case 1 -> out.deleteCharAt(at);
      case 2 -> out.insert(at, c);
      case 3 -> out.setCharAt(at, Character.isDigit(value.charAt(at)) ? '9' : value.charAt(at));
      default -> {
        for (String[] swap : new String[][] {{"+01:00", "+19:00"}, {"+00:00", "-18:30"}}) {
          int i = out.indexOf(swap[0]);
          if (i >= 0) {
            out.replace(i, i + swap[0].length(), swap[1]);
          }
        }
      }
    }
    return out.toString();
  }
}
