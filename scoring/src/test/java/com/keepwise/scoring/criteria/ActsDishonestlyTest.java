package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** acts_dishonestly: incidents of dishonesty and their severity. */
class ActsDishonestlyTest {

  static final Criterion CRITERION = new ActsDishonestly();

  @Test
  void countsDishonestyWithItsSeverity() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .incident("X", IncidentKind.DISHONESTY, 2, 30)
            .incident("X", IncidentKind.DISHONESTY, 4, 90)
            .incident("X", IncidentKind.RUDENESS, 3, 10);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(2, m.value("incidents"));
    assertEquals(6, m.value("severity"));
  }
}
