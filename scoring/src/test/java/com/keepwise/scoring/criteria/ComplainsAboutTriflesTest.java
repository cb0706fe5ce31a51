package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** complains_about_trifles: tickets about trivial matters, and their share. */
class ComplainsAboutTriflesTest {

  static final Criterion CRITERION = new ComplainsAboutTrifles();

  @Test
  void trivialTicketsAndTheirShare() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .tickets("X", 4, 5, true, true)
            .tickets("X", 4, 30, false, true);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(4, m.value("trivial_tickets"));
    assertEquals(0.5, m.value("trivial_share"), 1e-9);
  }
}
