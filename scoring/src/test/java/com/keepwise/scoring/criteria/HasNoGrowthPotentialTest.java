package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** has_no_growth_potential: little room to grow; unknown potential is not held against them. */
class HasNoGrowthPotentialTest {

  static final Criterion CRITERION = new HasNoGrowthPotential();

  @Test
  void lowPotentialIsHalfTheGapOfNone() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("NONE")
            .growth(GrowthPotential.NONE)
            .and()
            .customer("LOW")
            .growth(GrowthPotential.LOW)
            .and()
            .customer("UNKNOWN")
            .and();
    assertEquals(1, Measure.of(CRITERION, s, "NONE").value("growth_gap"));
    assertEquals(0.5, Measure.of(CRITERION, s, "LOW").value("growth_gap"));
    assertEquals(
        "growth_potential.low",
        Measure.of(CRITERION, s, "LOW").says().key(),
        "low is said as low, not as none");
    assertFalse(Measure.of(CRITERION, s, "UNKNOWN").measured());
  }
}
