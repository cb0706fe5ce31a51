package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** sends_no_referrals: referrals sent; not measured when the dataset has no referrals file. */
class SendsNoReferralsTest {

  static final Criterion CRITERION = new SendsNoReferrals();

  @Test
  void countsReferralsSent() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .referrals("X", 1, true, 1_000)
            .referrals("X", 1, false, 0);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(2, m.value("referrals"));
    assertEquals(1, m.value("converted"));
  }

  @Test
  void withoutAReferralsFileItIsNotMeasured() {
    ScenarioBuilder s = Measure.portfolio().customer("X").and();
    var files = EnumSet.allOf(SourceFile.class);
    files.remove(SourceFile.REFERRALS);
    assertFalse(Measure.of(CRITERION, s, "X", files).measured());
  }
}
