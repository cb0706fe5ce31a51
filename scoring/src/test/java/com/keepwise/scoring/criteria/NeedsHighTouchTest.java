package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** needs_high_touch: what serving the customer costs a year, against their revenue. */
class NeedsHighTouchTest {

  static final Criterion CRITERION = new NeedsHighTouch();

  @Test
  void costToServeAgainstRevenue() {
    ScenarioBuilder s =
        Measure.portfolio().customer("X").revenue(10_000).and().tickets("X", 10, 60, false, true);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(10, m.value("tickets"));
    assertEquals(10, m.value("staff_hours"), 1e-9);
    assertEquals(
        10 * 40 + 600,
        m.value("cost_to_serve"),
        1,
        "a year of twelve months against a window of 365 days");
    assertEquals(0.1, m.value("cost_share"), 1e-3);
  }

  @Test
  void costWithoutRevenueIsTheWorstRatio() {
    ScenarioBuilder s =
        Measure.portfolio().customer("X").revenue(0).and().tickets("X", 1, 10, false, true);
    assertEquals(10, Measure.of(CRITERION, s, "X").value("cost_share"));
  }
}
