package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** misses_meetings: no-shows and late cancellations. */
class MissesMeetingsTest {

  static final Criterion CRITERION = new MissesMeetings();

  @Test
  void countsNoShowsAndLateCancellations() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .meetings("X", 2, MeetingKind.CHECK_IN, MeetingOutcome.NO_SHOW)
            .meetings("X", 1, MeetingKind.REVIEW, MeetingOutcome.CANCELLED_LATE)
            .meetings("X", 3, MeetingKind.CHECK_IN, MeetingOutcome.HELD);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(2, m.value("no_shows"));
    assertEquals(1, m.value("late_cancellations"));
    assertEquals(3, m.value("missed"));
  }
}
