package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.signal.RequestKind;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** haggles: discounts and free work asked for, and what was conceded against revenue. */
class HagglesTest {

  static final Criterion CRITERION = new Haggles();

  @Test
  void countsWhatWasAskedAndWhatWasConceded() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .revenue(50_000)
            .and()
            .requests("X", 3, RequestKind.DISCOUNT, false, 0)
            .requests("X", 1, RequestKind.FREE_WORK, true, 2_000)
            .requests("X", 2, RequestKind.SCOPE_CHANGE, false, 0);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(4, m.value("freebie_requests"), "scope changes are not haggling");
    assertEquals(1, m.value("concessions"));
    assertEquals(2_000, m.value("conceded_amount"));
    assertEquals(0.04, m.value("conceded_share"), 1e-9);
  }

  @Test
  void askingNothingIsNothing() {
    Measurement m = Measure.of(CRITERION, Measure.portfolio().customer("X").and(), "X");
    assertEquals(0, m.value("freebie_requests"));
    assertEquals(0, Measure.severity(m, Haggles.FREEBIE_REQUESTS, 1, 4));
  }
}
