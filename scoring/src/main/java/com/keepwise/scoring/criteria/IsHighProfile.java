package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;

/** Value: a reference, brand or otherwise visible customer, who may be worth the headache. */
public final class IsHighProfile extends DefinedCriterion {

  static final Fact HIGH_PROFILE =
      new Fact("high_profile", Unit.FLAG, "1 for a reference, brand or otherwise visible customer");

  public IsHighProfile() {
    super(
        "high_profile",
        ReasonCode.HIGH_PROFILE,
        Side.VALUE,
        Citeability.OUR_ASSESSMENT,
        "001, 004",
        "High profile: a famous customer may be worth the trouble, but their loss, or their public complaints, cost reputation.",
        HIGH_PROFILE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    boolean visible = signals.customer().highProfile();
    return Measurement.of(this)
        .fact(HIGH_PROFILE, visible ? 1 : 0)
        .says(visible ? "high_profile" : "high_profile.not");
  }
}
