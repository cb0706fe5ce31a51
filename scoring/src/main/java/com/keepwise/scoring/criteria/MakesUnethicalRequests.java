package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.scoring.signals.CustomerSignals;

/** Takes part in or proposes unethical or dubious activities. */
public final class MakesUnethicalRequests extends DefinedCriterion {

  static final Fact REQUESTS = new Fact("requests", Unit.COUNT, "unethical or dubious requests");

  public MakesUnethicalRequests() {
    super(
        "makes_unethical_requests",
        ReasonCode.MAKES_UNETHICAL_REQUESTS,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "002 #6",
        "Takes part in or proposes unethical or dubious activities.",
        REQUESTS);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    int count = signals.incidents().count(IncidentKind.UNETHICAL_REQUEST);
    return Measurement.of(this)
        .fact(REQUESTS, count)
        .evidence(signals.incidents()::unethicalRows)
        .says("makes_unethical_requests", (long) count);
  }
}
