package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** margin: what is left of revenue after what is sold and serving the customer. */
class KeepsMarginTest {

  static final Criterion CRITERION = new KeepsMargin();

  @Test
  void marginAfterService() {
    ScenarioBuilder s =
        Measure.portfolio().customer("X").revenue(50_000).and().tickets("X", 10, 60, false, true);
    assertEquals(
        (25_000.0 - 1_000) / 50_000,
        Measure.of(CRITERION, s, "X").value("margin_after_service"),
        1e-3);
  }
}
