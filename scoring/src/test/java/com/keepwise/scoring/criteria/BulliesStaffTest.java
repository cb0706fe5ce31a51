package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** bullies_staff: incidents weighed by kind and severity, and when they happened. */
class BulliesStaffTest {

  static final Criterion CRITERION = new BulliesStaff();

  @Test
  void weighsIncidentsByKindAndSeverity() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .incident("X", IncidentKind.RUDENESS, 3, 20)
            .incident("X", IncidentKind.RUDENESS, 3, 300)
            .incident("X", IncidentKind.THREAT, 3, 100)
            .incident("X", IncidentKind.DISHONESTY, 5, 50);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(3, m.value("incidents"), "dishonesty is not abuse of staff");
    assertEquals(1 + 1 + 3, m.value("abuse_points"), 1e-9);
    assertEquals(1, m.value("threats"));
    assertEquals(2, m.value("rudeness"));
    assertEquals(
        2,
        m.value("recent_incidents"),
        "20 and 100 days ago are in the recent six months, 300 days ago before");
  }

  @Test
  void mildRudenessWeighsLess() {
    ScenarioBuilder s =
        Measure.portfolio().customer("X").and().incident("X", IncidentKind.RUDENESS, 1, 20);
    assertEquals(1.0 / 3, Measure.of(CRITERION, s, "X").value("abuse_points"), 1e-9);
  }
}
