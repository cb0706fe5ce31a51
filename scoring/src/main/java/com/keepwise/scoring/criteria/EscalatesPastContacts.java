package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;

/** Goes around the service structure, straight to managers and executives. */
public final class EscalatesPastContacts extends DefinedCriterion {

  static final Fact ESCALATIONS =
      new Fact(
          "escalations",
          Unit.COUNT,
          "interactions that went around the normal contact to managers");

  public EscalatesPastContacts() {
    super(
        "escalates_past_contacts",
        ReasonCode.ESCALATES_PAST_CONTACTS,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "000 #1",
        "Goes around the service structure straight to managers or executives, which makes everything worse.",
        ESCALATIONS);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    int escalated = signals.interactions().escalated();
    return Measurement.of(this)
        .fact(ESCALATIONS, escalated)
        .evidence(signals.interactions()::escalatedRows)
        .says("escalates_past_contacts", (long) escalated);
  }
}
