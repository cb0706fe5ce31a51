package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** escalates_past_contacts: contacts that went around the normal contact to managers. */
class EscalatesPastContactsTest {

  static final Criterion CRITERION = new EscalatesPastContacts();

  @Test
  void countsEscalations() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .calls("X", 3, false, true, 10)
            .calls("X", 5, false, false, 10);
    assertEquals(3, Measure.of(CRITERION, s, "X").value("escalations"));
  }

  @Test
  void noEscalationIsNone() {
    ScenarioBuilder s = Measure.portfolio().customer("X").and().calls("X", 5, false, false, 10);
    assertEquals(0, Measure.of(CRITERION, s, "X").value("escalations"));
  }
}
