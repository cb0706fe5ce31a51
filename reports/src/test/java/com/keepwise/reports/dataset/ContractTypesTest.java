package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.keepwise.domain.time.ZoneOffsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract's value types as the reader's fast parsers read them: exactly ISO-8601 and plain
 * decimals.
 */
class ContractTypesTest {

  static final ZoneOffsets STOCKHOLM = ZoneOffsets.of(ZoneId.of("Europe/Stockholm"));
  static final ZoneOffsets UTC = ZoneOffsets.of(ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({
    "2026-03-04, 2026-03-04",
    "2024-02-29, 2024-02-29",
    "2000-02-29, 2000-02-29",
    "0001-01-01, 0001-01-01",
    "9999-12-31, 9999-12-31"
  })
  void aDateIsYearMonthDay(String text, LocalDate expected) {
    assertEquals(expected, ContractTypes.date(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-13-01",
        "2026-00-10",
        "2026-02-29",
        "1900-02-29",
        "2026-04-31",
        "2026-03-00",
        "2026-3-04",
        "2026-03-4",
        "26-03-04",
        "20260304",
        "2026/03/04",
        " 2026-03-04",
        "2026-03-04 ",
        "2026-03-04T10:00:00",
        "+2026-03-04",
        "+999999999-12-31",
        "２０２６-03-04",
        "04.03.2026"
      })
  void anythingElseIsNotADate(String text) {
    assertNull(ContractTypes.date(text));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-04T21:15:00+01:00, 2026-03-04T20:15:00Z",
    "2026-03-04T21:15:00-05:30, 2026-03-05T02:45:00Z",
    "2026-03-04T21:15:00Z, 2026-03-04T21:15:00Z",
    "2026-03-04T21:15:00.5+01:00, 2026-03-04T20:15:00.500Z",
    "2026-03-04T21:15:00.123456789Z, 2026-03-04T21:15:00.123456789Z",
    "2026-03-04T21:15+01:00, 2026-03-04T20:15:00Z",
    "2026-03-04T00:00:00+18:00, 2026-03-03T06:00:00Z",
    "2026-03-04T00:00:00-18:00, 2026-03-04T18:00:00Z",
    "2026-03-04T21:15:00+01:00:30, 2026-03-04T20:14:30Z"
  })
  void aDatetimeWithAnOffsetIsThatInstant(String text, Instant expected) {
    assertEquals(expected, ContractTypes.datetime(text, STOCKHOLM));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-15T09:00:00, 2026-01-15T08:00:00Z", // winter, +01:00
    "2026-07-15T09:00:00, 2026-07-15T07:00:00Z", // summer, +02:00
    "2026-07-15T09:00, 2026-07-15T07:00:00Z",
    "2026-03-29T01:59:59, 2026-03-29T00:59:59Z", // the last second before clocks go forward
    "2026-03-29T02:30:00, 2026-03-29T01:30:00Z", // in the gap: moved later by the gap, as
    // 03:30+02:00
    "2026-03-29T03:00:00, 2026-03-29T01:00:00Z",
    "2026-10-25T02:30:00, 2026-10-25T00:30:00Z", // in the overlap: the earlier offset, +02:00
    "2026-10-25T03:00:00, 2026-10-25T02:00:00Z"
  })
  void aLocalDatetimeIsReadInTheDatasetsTimeZone(String text, Instant expected) {
    assertEquals(expected, ContractTypes.datetime(text, STOCKHOLM));
  }

  @Test
  void localDatetimesAgreeWithTheJdkAcrossDaylightSavingChanges() {
    DateTimeFormatter format = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    for (String zone :
        new String[] {
          "Europe/Stockholm", "America/New_York", "Australia/Lord_Howe", "Asia/Tehran", "UTC"
        }) {
      ZoneOffsets offsets = ZoneOffsets.of(ZoneId.of(zone));
      // Every quarter hour of two years, and the seconds around each hour.
      for (LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
          t.getYear() < 2027;
          t = t.plusMinutes(15)) {
        for (LocalDateTime local : new LocalDateTime[] {t, t.minusSeconds(1), t.plusSeconds(1)}) {
          assertEquals(
              local.atZone(ZoneId.of(zone)).toInstant(),
              ContractTypes.datetime(local.format(format), offsets),
              zone + " " + local);
        }
      }
    }
  }

  @Test
  void offsetsAgreeWithTheJdkInEveryZoneAroundEveryTransition() {
    Random random = new Random(20261206);
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneId zone = ZoneId.of(id);
      ZoneOffsets offsets = ZoneOffsets.of(zone);
      java.time.zone.ZoneRules rules = zone.getRules();
      java.util.List<Long> instants = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) { // anywhere from 1900 to 2200, the range the table holds
        instants.add(-2_208_988_800L + (long) (random.nextDouble() * 9_467_000_000L));
      }
      for (var transition = rules.nextTransition(Instant.parse("1900-01-02T00:00:00Z"));
          transition != null && transition.getInstant().getEpochSecond() < 7_258_118_400L;
          transition = rules.nextTransition(transition.getInstant())) {
        long at = transition.getInstant().getEpochSecond();
        instants.addAll(java.util.List.of(at - 1, at, at + 1));
      }
      for (long at : instants) {
        assertEquals(
            rules.getOffset(Instant.ofEpochSecond(at)).getTotalSeconds(),
            offsets.offsetAt(at),
            id + " at " + Instant.ofEpochSecond(at));
      }
    }
  }

  @Test
  void datetimesWithOffsetsAgreeWithTheJdk() {
    Random random = new Random(20261101);
    for (int i = 0; i < 20_000; i++) {
      LocalDateTime local =
          LocalDateTime.of(
              1900 + random.nextInt(300),
              1 + random.nextInt(12),
              1 + random.nextInt(28),
              random.nextInt(24),
              random.nextInt(60),
              random.nextInt(60),
              random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
      ZoneOffset offset =
          ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 18 * 4) * 15 * 60);
      String text = OffsetDateTime.of(local, offset).toString();
      assertEquals(
          OffsetDateTime.parse(text).toInstant(), ContractTypes.datetime(text, STOCKHOLM), text);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-03-04",
        "2026-03-04 21:15:00",
        "2026-03-04T24:00:00",
        "2026-03-04T21:60:00",
        "2026-03-04T21:15:60",
        "2026-03-04T21:15:00+18:30",
        "2026-03-04T21:15:00-18:01",
        "2026-03-04T21:15:00+19:00",
        "2026-03-04T21:15:00+1:00",
        "2026-03-04T21:15:00+0100x",
        "2026-03-04T21:15:00.",
        "2026-03-04T21:15:00.1234567891Z",
        "2026-02-30T10:00:00",
        "2026-03-04T21:15:00 +01:00",
        "+999999999-12-31T23:59:59",
        "+999999999-12-31T23:59:59Z",
        "-999999999-01-01T00:00:00+18:00",
        "+10000-01-01T00:00:00Z",
        "-0001-01-01T00:00:00Z",
        "2026-03-04T21:15:00+01:00[Mars/Olympus]"
      })
  void anythingElseIsNotADatetime(String text) {
    assertNull(ContractTypes.datetime(text, UTC));
    assertNull(ContractTypes.datetime(text, STOCKHOLM));
  }

  @ParameterizedTest
  @CsvSource({
    "1200.50, 12005000",
    "0, 0",
    "-3, -30000",
    "+3, 30000",
    ".5, 5000",
    "5., 50000",
    "0.0001, 1",
    "0.00005, 1",
    "0.00004, 0",
    "-0.00005, -1",
    "1.99995, 20000",
    "12345678901234.5, 123456789012345000",
    "99999999999999.99995, 1000000000000000000",
    "00000000000000000012.5, 125000",
    "-00000000000000000000, 0",
    "0.000000000000000000000000000001, 0"
  })
  void aPlainDecimalIsReadInTenThousandths(String text, long expected) {
    assertEquals(expected, ContractTypes.tenThousandths(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "+",
        ".",
        "-.",
        "1,200.50",
        "1 200",
        "1e3",
        "1E3",
        "12.5.1",
        "€5",
        "5€",
        " 5",
        "5 ",
        "0x10",
        "NaN",
        "Infinity",
        "５",
        "1_000",
        "--5",
        "+-5"
      })
  void anythingElseIsNotAPlainDecimal(String text) {
    assertEquals(ContractTypes.INVALID, ContractTypes.tenThousandths(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456789012345",
        "100000000000000.0",
        "-123456789012345",
        "99999999999999999999999999"
      })
  void moreThanFourteenDigitsBeforeThePointIsTooLarge(String text) {
    assertEquals(ContractTypes.TOO_LARGE, ContractTypes.tenThousandths(text));
  }

  @ParameterizedTest
  @CsvSource({
    "true, true",
    "TRUE, true",
    "True, true",
    "yes, true",
    "YES, true",
    "Yes, true",
    "1, true",
    "false, false",
    "FALSE, false",
    "no, false",
    "No, false",
    "0, false"
  })
  void aBooleanIsTrueFalseYesNoOrOneZero(String text, boolean expected) {
    assertEquals(expected, ContractTypes.bool(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "t", "f", "y", "n", "2", "on", "off", " true", "true ", "ja", "nej", "01"})
  void anythingElseIsNotABoolean(String text) {
    assertNull(ContractTypes.bool(text));
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "5, 5", "+3, 3", "-1, -1", "03, 3", "0, 0", "999999999, 999999999"})
  void aWholeNumberIsDigits(String text, long expected) {
    assertEquals(expected, ContractTypes.integer(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+", "1.0", "1e1", "three", "1000000000", " 1", "1 ", "٣"})
  void anythingElseIsNotAWholeNumber(String text) {
    assertEquals(ContractTypes.INVALID, ContractTypes.integer(text));
  }

  @Test
  void aQuotedValueShowsAtMostFortyCharactersWithControlsVisible() {
    assertEquals("'a\\nb\\r\\tc\\u0000'", ContractTypes.quote("a\nb\r\tc\u0000"));
    assertEquals("'" + "x".repeat(40) + "'", ContractTypes.quote("x".repeat(40)));
    assertEquals("'" + "x".repeat(40) + "…'", ContractTypes.quote("x".repeat(41)));
  }

  @Test
  void aQuotedValueNeverEndsInHalfACharacter() {
    for (int at = 35; at <= 41; at++) {
      String value = "x".repeat(at) + "😀😀😀";
      String quoted = ContractTypes.quote(value);
      String shown = quoted.substring(1, quoted.length() - (quoted.endsWith("…'") ? 2 : 1));
      assertEquals(shown.length(), shown.codePoints().map(Character::charCount).sum(), quoted);
      assertEquals(
          false,
          Character.isHighSurrogate(shown.charAt(shown.length() - 1)),
          "ends in half an emoji: " + quoted);
      assertEquals(
          Math.min(40, value.codePointCount(0, value.length())),
          shown.codePointCount(0, shown.length()),
          quoted);
    }
  }
}
