package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.decision.Phrase;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** pays_late: lateness has a size (how late, how often), and unpaid is said as unpaid. */
class PaysLateTest {

  static final Criterion CRITERION = new PaysLate();

  @Test
  void aWeekLateIsNotSixtyDaysLate() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("WEEK")
            .and()
            .customer("MONTHS")
            .and()
            .invoices("WEEK", 12, 8, 10)
            .invoices("MONTHS", 12, 8, 60);
    Measurement week = Measure.of(CRITERION, s, "WEEK");
    Measurement months = Measure.of(CRITERION, s, "MONTHS");
    assertEquals(8, week.value("late_invoices"));
    assertEquals(8, months.value("late_invoices"));
    assertEquals(80, week.value("days_late_total"));
    assertTrue(months.value("days_late_total") > 4 * week.value("days_late_total"));
    assertTrue(Measure.severity(week, PaysLate.DAYS_LATE_TOTAL, 20, 240) < 0.5);
    assertEquals(1.0, Measure.severity(months, PaysLate.DAYS_LATE_TOTAL, 20, 240));
  }

  @Test
  void unpaidIsSaidAsUnpaidAndNotCountedAsPaidLate() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .invoices("X", 6, 0, 0)
            .unpaidInvoice("X", 25_000, 120)
            .unpaidInvoice("X", 5_000, 40);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(120, m.value("days_overdue"));
    assertEquals(30_000, m.value("overdue_amount"));
    Phrase said = m.says();
    assertEquals("pays_late.overdue", said.key());
    assertEquals(2L, said.args().get(0), "two invoices unpaid");
    assertEquals(0L, said.args().get(4), "none paid late");
  }

  @Test
  void onTimeIsOnTime() {
    ScenarioBuilder s = Measure.portfolio().customer("X").and().invoices("X", 12, 0, 0);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(0, m.value("late_invoices"));
    assertEquals(0, m.value("days_late_total"));
    assertEquals("pays_late.on_time", m.says().key());
  }
}
