package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** growth: growth potential as a level; unknown is not measured. */
class CanGrowTest {

  static final Criterion CRITERION = new CanGrow();

  @Test
  void potentialAsALevel() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("HIGH")
            .growth(GrowthPotential.HIGH)
            .and()
            .customer("UNKNOWN")
            .and();
    assertEquals(3, Measure.of(CRITERION, s, "HIGH").value("growth_level"));
    assertFalse(Measure.of(CRITERION, s, "UNKNOWN").measured());
  }
}
