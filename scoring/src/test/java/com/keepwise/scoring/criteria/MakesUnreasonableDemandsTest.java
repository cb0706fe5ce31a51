package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.signal.RequestKind;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/**
 * makes_unreasonable_demands: extra revisions, pulled-in deadlines, out-of-hours and out-of-scope
 * asks.
 */
class MakesUnreasonableDemandsTest {

  static final Criterion CRITERION = new MakesUnreasonableDemands();

  @Test
  void countsDemandsAndOutOfScopeTickets() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .requests("X", 2, RequestKind.EXTRA_REVISION, false, 0)
            .requests("X", 1, RequestKind.DEADLINE_PULL_IN, false, 0)
            .tickets("X", 2, 10, false, false)
            .tickets("X", 3, 10, false, true);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(3, m.value("demands"));
    assertEquals(2, m.value("out_of_scope_tickets"));
    assertEquals(5, m.value("total"));
  }
}
