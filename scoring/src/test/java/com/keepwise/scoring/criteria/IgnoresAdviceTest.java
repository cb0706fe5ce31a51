package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** ignores_advice: advice not followed, partly followed counting half; no advice is no evidence. */
class IgnoresAdviceTest {

  static final Criterion CRITERION = new IgnoresAdvice();

  @Test
  void ignoredAdviceAsAShare() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .advice("X", 2, AdviceFollowed.NO)
            .advice("X", 1, AdviceFollowed.PARTLY)
            .advice("X", 1, AdviceFollowed.YES);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(4, m.value("advice_given"));
    assertEquals(2, m.value("ignored"));
    assertEquals(0.625, m.value("ignored_share"), 1e-9);
  }

  @Test
  void noAdviceGivenIsNotMeasured() {
    assertFalse(Measure.of(CRITERION, Measure.portfolio().customer("X").and(), "X").measured());
  }
}
