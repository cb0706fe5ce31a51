package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** revenue: a year's revenue, and where it stands in the segment. */
class EarnsRevenueTest {

  static final Criterion CRITERION = new EarnsRevenue();

  @Test
  void revenueAgainstTheSegment() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("A")
            .revenue(10_000)
            .and()
            .customer("B")
            .revenue(50_000)
            .and()
            .customer("C")
            .revenue(90_000)
            .and()
            .customer("E")
            .segment("enterprise")
            .revenue(900_000)
            .and();
    Measurement m = Measure.of(CRITERION, s, "C");
    assertEquals(90_000, m.value("annual_revenue"));
    assertEquals(2.5 / 3, m.value("segment_percentile"), 1e-9);
  }
}
