package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** is_unprofitable: revenue after what is sold, serving them and concessions. */
class IsUnprofitableTest {

  static final Criterion CRITERION = new IsUnprofitable();

  @Test
  void costsMoreToServeThanTheyBring() {
    ScenarioBuilder s =
        Measure.portfolio().customer("X").revenue(4_000).and().tickets("X", 30, 60, false, true);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(4_000 * 0.5 - (30 * 40 + 30 * 60), m.value("profit"), 5);
    assertEquals(-0.25, m.value("margin_after_service"), 1e-3);
  }

  @Test
  void neitherRevenueNorCostIsNotMeasured() {
    assertFalse(
        Measure.of(CRITERION, Measure.portfolio().customer("X").revenue(0).and(), "X").measured());
  }
}
