package com.keepwise.scoring.criteria;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;

/**
 * Sends no new business. Not measured when the dataset has no referrals file: without it nobody's
 * referrals are known.
 */
public final class SendsNoReferrals extends DefinedCriterion {

  static final Fact REFERRALS =
      new Fact("referrals", Unit.COUNT, "referrals sent in the review window");
  static final Fact CONVERTED = new Fact("converted", Unit.COUNT, "of which became customers");

  public SendsNoReferrals() {
    super(
        "sends_no_referrals",
        ReasonCode.SENDS_NO_REFERRALS,
        Side.RISK,
        Citeability.OUR_ASSESSMENT,
        "002 #4",
        "Does not refer new business: the best customers reward you with referrals.",
        REFERRALS,
        CONVERTED);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    if (!context.portfolio().has(SourceFile.REFERRALS)) {
      return Measurement.notMeasured(
          this, Phrase.of("not_measured.no_file", SourceFile.REFERRALS.fileName()));
    }
    int count = signals.referrals().count();
    return Measurement.of(this)
        .fact(REFERRALS, count)
        .fact(CONVERTED, signals.referrals().converted())
        .says(
            "referrals",
            (long) count,
            (long) signals.referrals().converted(),
            signals.referrals().value());
  }
}
