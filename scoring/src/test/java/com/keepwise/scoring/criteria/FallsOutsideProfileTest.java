package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/**
 * falls_outside_profile: how many of segment, industry, region and tier fall outside the ideal
 * profile.
 */
class FallsOutsideProfileTest {

  static final Criterion CRITERION = new FallsOutsideProfile();

  @Test
  void countsMismatchesWithTheIdealProfile() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("OUT")
            .industry("mining")
            .region("US")
            .and()
            .customer("IN")
            .industry("software")
            .region("SE")
            .and()
            .customer("UNKNOWN")
            .and();
    assertEquals(2, Measure.of(CRITERION, s, "OUT").value("mismatches"));
    assertEquals(0, Measure.of(CRITERION, s, "IN").value("mismatches"));
    assertEquals(
        0, Measure.of(CRITERION, s, "UNKNOWN").value("mismatches"), "unknown is never a mismatch");
  }
}
