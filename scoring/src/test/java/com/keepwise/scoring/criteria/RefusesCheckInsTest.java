package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/**
 * refuses_check_ins: declined meetings and time without a check-in, from the customer's start; one
 * meeting is no pattern.
 */
class RefusesCheckInsTest {

  static final Criterion CRITERION = new RefusesCheckIns();

  @Test
  void declinedMeetingsAndAYearWithoutACheckIn() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .meetings("X", 2, MeetingKind.CHECK_IN, MeetingOutcome.DECLINED);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(2, m.value("declined"));
    assertEquals(12, m.value("months_without_check_in"), 0.1);
  }

  @Test
  void oneMissedMeetingAloneIsNotJudged() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .meetings("X", 1, MeetingKind.CHECK_IN, MeetingOutcome.NO_SHOW);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertFalse(m.measured());
    assertEquals("refuses_check_ins.one_meeting", m.says().key());
  }

  @Test
  void aNewCustomerHasNotGoneAYearWithoutACheckIn() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("NEW")
            .since(Measure.AS_OF.minusMonths(3))
            .and()
            .meetings("NEW", 2, MeetingKind.OTHER, MeetingOutcome.CANCELLED);
    Measurement m = Measure.of(CRITERION, s, "NEW");
    assertTrue(m.measured());
    assertEquals(3, m.value("months_without_check_in"), 0.1);
    assertEquals(0, Measure.severity(m, RefusesCheckIns.MONTHS_WITHOUT_CHECK_IN, 8, 12));
  }
}
