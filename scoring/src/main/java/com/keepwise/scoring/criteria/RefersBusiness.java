package com.keepwise.scoring.criteria;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.ReferralStats;

/** Value: new business the customer sends; a referral that became a customer counts four times. */
public final class RefersBusiness extends DefinedCriterion {

  static final Fact REFERRALS =
      new Fact("referrals", Unit.COUNT, "referrals sent in the review window");
  static final Fact CONVERTED = new Fact("converted", Unit.COUNT, "of which became customers");
  static final Fact REFERRAL_POINTS =
      new Fact("referral_points", Unit.POINTS, "converted referrals count 1, the others 0.25");
  static final Fact REFERRED_REVENUE =
      new Fact("referred_revenue", Unit.MONEY, "annual revenue the converted referrals brought");

  public RefersBusiness() {
    super(
        "referrals",
        ReasonCode.REFERS_BUSINESS,
        Side.VALUE,
        Citeability.OUR_ASSESSMENT,
        "001, 002 #4, 004",
        "Sends new business: the best customers reward you with referrals.",
        REFERRALS,
        CONVERTED,
        REFERRAL_POINTS,
        REFERRED_REVENUE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    if (!context.portfolio().has(SourceFile.REFERRALS)) {
      return Measurement.notMeasured(
          this, Phrase.of("not_measured.no_file", SourceFile.REFERRALS.fileName()));
    }
    ReferralStats referrals = signals.referrals();
    double points = referrals.converted() + 0.25 * (referrals.count() - referrals.converted());
    return Measurement.of(this)
        .fact(REFERRALS, referrals.count())
        .fact(CONVERTED, referrals.converted())
        .fact(REFERRAL_POINTS, points)
        .fact(REFERRED_REVENUE, referrals.value().toDouble())
        .evidence(referrals::rows)
        .says(
            "referrals", (long) referrals.count(), (long) referrals.converted(), referrals.value());
  }
}
