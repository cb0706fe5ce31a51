package com.keepwise.reports.dataset.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An export's numbers and dates turned into the contract's text, and what is refused. */
class DialectTest {

  static final Dialect COMMA =
      new Dialect(
          ',',
          List.of(DatePattern.of("dd.MM.yyyy", false)),
          List.of(
              DatePattern.of("dd.MM.yyyy HH:mm:ssXXX", true),
              DatePattern.of("dd.MM.yyyy HH:mm", true)));
  static final Dialect POINT =
      new Dialect(
          '.',
          List.of(DatePattern.of("d MMM yyyy", false)),
          List.of(DatePattern.of("M/d/yyyy h:mm a", true)));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "20 000,50|20000.50",
        "1.234.567,8|1234567.8",
        "1\u00A0200|1200",
        "1\u202F200,5|1200.5",
        "-3,25|-3.25",
        "+7|+7",
        "\u22121 200,5|-1200.5",
        ",5|.5",
        "12,|12.",
        " 42 |42",
        "0,0001|0.0001"
      })
  void decimalCommaNumbers(String written, String contract) {
    assertEquals(contract, COMMA.decimal(written));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "20 000,0x",
        "1.5",
        "1 20,0",
        "12 3456",
        "1.234 567",
        "1,2,3",
        "''",
        "-",
        "1,5,",
        ",",
        "1..5",
        "1e5"
      })
  void decimalCommaRefuses(String written) {
    assertNull(COMMA.decimal(written), written);
  }

  @Test
  void decimalPointNumbersTakeCommasAsThousands() {
    assertEquals("1234567.89", POINT.decimal("1,234,567.89"));
    assertEquals("1200.50", POINT.decimal("1200.50"));
    assertNull(POINT.decimal("1,5"));
    assertNull(POINT.decimal("1200,50"));
  }

  @Test
  void datesAndDatetimesInTheirPatterns() {
    assertEquals("2026-03-04", COMMA.date("04.03.2026"));
    assertEquals(
        "2026-02-30",
        COMMA.date("30.02.2026")); // the contract's reader refuses the day, quoting the export
    assertNull(COMMA.date("4.3.2026"));
    assertNull(COMMA.date("2026-03-04"));
    assertEquals("2026-03-04T21:15:30+01:00", COMMA.datetime("04.03.2026 21:15:30+01:00"));
    assertEquals("2026-03-04T21:15:30Z", COMMA.datetime("04.03.2026 21:15:30Z"));
    assertEquals("2026-03-04T21:15", COMMA.datetime("04.03.2026 21:15"));
    assertNull(COMMA.datetime("04.03.2026 21:15:30+0100"));
    assertEquals("2026-03-04", POINT.date("4 Mar 2026"));
    assertNull(POINT.date("30 Feb 2026")); // the JDK's strict parser knows February
    assertEquals("2026-03-04T21:15", POINT.datetime("3/4/2026 9:15 PM"));
  }

  @Test
  void aPatternThatIsNotOneOrGivesNoWholeDateIsRefusedInWords() {
    assertEquals(
        "'dd.MM.jjjj' is not a java.time pattern: Unknown pattern letter: j",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> DatePattern.of("dd.MM.jjjj", false))
            .getMessage());
    assertEquals(
        "'HH:mm' does not give a whole date and time (it writes 21:15)",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> DatePattern.of("HH:mm", true))
            .getMessage());
    assertEquals(
        "'dd.MM.yyyy' does not give a whole date and time (it writes 04.03.2026)",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> DatePattern.of("dd.MM.yyyy", true))
            .getMessage());
  }
}
