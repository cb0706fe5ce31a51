package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** makes_unethical_requests: unethical or dubious requests. */
class MakesUnethicalRequestsTest {

  static final Criterion CRITERION = new MakesUnethicalRequests();

  @Test
  void countsUnethicalRequests() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .incident("X", IncidentKind.UNETHICAL_REQUEST, 3, 40)
            .incident("X", IncidentKind.DISHONESTY, 3, 40);
    assertEquals(1, Measure.of(CRITERION, s, "X").value("requests"));
  }
}
