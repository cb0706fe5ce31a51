package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.AdviceStats;
import com.keepwise.scoring.signals.CustomerSignals;

/** Does not listen: wants a vendor, not a partner. Advice partly followed counts half. */
public final class IgnoresAdvice extends DefinedCriterion {

  static final Fact ADVICE_GIVEN =
      new Fact("advice_given", Unit.COUNT, "recommendations given in the review window");
  static final Fact IGNORED =
      new Fact("ignored", Unit.COUNT, "recommendations not followed at all");
  static final Fact IGNORED_SHARE =
      new Fact(
          "ignored_share",
          Unit.SHARE,
          "advice not followed as a share of advice given (partly followed counts half)");

  public IgnoresAdvice() {
    super(
        "ignores_advice",
        ReasonCode.IGNORES_ADVICE,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "000 #5, 001, 004 #10",
        "Does not listen: wants a vendor to serve, not a partner to work with, and will blame you for what follows.",
        ADVICE_GIVEN,
        IGNORED,
        IGNORED_SHARE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    AdviceStats advice = signals.advice();
    if (advice.given() == 0) {
      return Measurement.notMeasured(this, Phrase.of("ignores_advice.none_given"));
    }
    double share = (advice.ignored() + 0.5 * advice.partly()) / advice.given();
    return Measurement.of(this)
        .fact(ADVICE_GIVEN, advice.given())
        .fact(IGNORED, advice.ignored())
        .fact(IGNORED_SHARE, share)
        .evidence(advice::ignoredRows)
        .says(
            "ignores_advice",
            (long) advice.ignored(),
            (long) advice.partly(),
            (long) advice.given());
  }
}
