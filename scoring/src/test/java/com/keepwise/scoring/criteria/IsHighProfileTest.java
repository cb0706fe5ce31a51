package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** high_profile: a reference, brand or otherwise visible customer. */
class IsHighProfileTest {

  static final Criterion CRITERION = new IsHighProfile();

  @Test
  void aFlag() {
    ScenarioBuilder s =
        Measure.portfolio().customer("FAMOUS").highProfile().and().customer("X").and();
    assertEquals(1, Measure.of(CRITERION, s, "FAMOUS").value("high_profile"));
    assertEquals(0, Measure.of(CRITERION, s, "X").value("high_profile"));
  }
}
