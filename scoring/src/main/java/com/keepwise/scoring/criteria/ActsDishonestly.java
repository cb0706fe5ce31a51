package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.scoring.signals.CustomerSignals;

/** Dishonest: lies about offers, other bids, service, or their own needs. */
public final class ActsDishonestly extends DefinedCriterion {

  static final Fact INCIDENTS = new Fact("incidents", Unit.COUNT, "incidents of dishonesty");
  static final Fact SEVERITY = new Fact("severity", Unit.POINTS, "their severities (1–5) added up");

  public ActsDishonestly() {
    super(
        "acts_dishonestly",
        ReasonCode.ACTS_DISHONESTLY,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "001, 004 #6",
        "Dishonest: what they say cannot be acted on, and their lies breed distrust in the team.",
        INCIDENTS,
        SEVERITY);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    int count = signals.incidents().count(IncidentKind.DISHONESTY);
    return Measurement.of(this)
        .fact(INCIDENTS, count)
        .fact(SEVERITY, signals.incidents().severity(IncidentKind.DISHONESTY))
        .evidence(signals.incidents()::dishonestyRows)
        .says("acts_dishonestly", (long) count);
  }
}
