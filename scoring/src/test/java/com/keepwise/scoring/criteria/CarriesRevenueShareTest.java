package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** revenue_share: what losing the customer would cost, as a share of all revenue. */
class CarriesRevenueShareTest {

  static final Criterion CRITERION = new CarriesRevenueShare();

  @Test
  void shareOfAllRevenue() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("SMALL")
            .revenue(25_000)
            .and()
            .customer("BIG")
            .revenue(75_000)
            .and();
    assertEquals(0.75, Measure.of(CRITERION, s, "BIG").value("revenue_share"), 1e-9);
    assertEquals(0.25, Measure.of(CRITERION, s, "SMALL").value("revenue_share"), 1e-9);
  }
}
