package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** tenure: years since customer_since at the review date. */
class HasTenureTest {

  static final Criterion CRITERION = new HasTenure();

  @Test
  void yearsAsACustomer() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("OLD")
            .since(Measure.AS_OF.minusYears(10))
            .and()
            .customer("NEW")
            .since(Measure.AS_OF.minusMonths(6))
            .and();
    assertEquals(10, Measure.of(CRITERION, s, "OLD").value("years"), 0.01);
    assertEquals(0.5, Measure.of(CRITERION, s, "NEW").value("years"), 0.01);
  }
}
