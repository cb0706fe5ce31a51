package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/**
 * over_communicates: contacts against the segment's norm, after hours, and new customers judged
 * from their start.
 */
class OverCommunicatesTest {

  static final Criterion CRITERION = new OverCommunicates();

  @Test
  void callsLateAtNightFarMoreThanPeers() {
    ScenarioBuilder s = Measure.portfolio();
    for (int i = 0; i < 5; i++) {
      s.customer("P" + i).and().calls("P" + i, 12, false, false, 10);
    }
    s.customer("X").and().calls("X", 48, true, false, 10);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(1.0, m.value("segment_norm"), 1e-3);
    assertEquals(
        4.0, m.value("contacts_vs_norm"), 1e-9, "against the norm, whatever the month length");
    assertEquals(4.0, m.value("after_hours_per_month"), 1e-2);
    assertEquals(1.0, m.value("after_hours_share"), 1e-9);
  }

  @Test
  void aNewCustomerIsJudgedFromTheirStartWithMoreAttentionAllowed() {
    ScenarioBuilder s = Measure.portfolio();
    for (int i = 0; i < 5; i++) {
      s.customer("P" + i).and().calls("P" + i, 12, false, false, 10);
    }
    s.customer("NEW").since(Measure.AS_OF.minusMonths(2)).and().calls("NEW", 6, false, false, 10);
    Measurement m = Measure.of(CRITERION, s, "NEW");
    assertEquals(3.0, m.value("contacts_per_month"), 0.1, "six calls in two months, not in twelve");
    assertEquals(
        1.0,
        m.value("contacts_vs_norm"),
        0.05,
        "three a month against a norm of one, with an allowance of three");
  }
}
