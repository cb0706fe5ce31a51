package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** referrals: business sent, converted referrals counting four times the others. */
class RefersBusinessTest {

  static final Criterion CRITERION = new RefersBusiness();

  @Test
  void convertedReferralsCountMost() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .referrals("X", 2, true, 10_000)
            .referrals("X", 2, false, 0);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(4, m.value("referrals"));
    assertEquals(2, m.value("converted"));
    assertEquals(2.5, m.value("referral_points"), 1e-9);
    assertEquals(20_000, m.value("referred_revenue"), 1e-6);
  }
}
