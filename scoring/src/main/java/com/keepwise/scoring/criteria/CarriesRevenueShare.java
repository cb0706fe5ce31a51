package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;

/** Value: what losing the customer would cost, as their share of all revenue. */
public final class CarriesRevenueShare extends DefinedCriterion {

  static final Fact REVENUE_SHARE =
      new Fact(
          "revenue_share", Unit.SHARE, "the customer's share of all customers' annual revenue");

  public CarriesRevenueShare() {
    super(
        "revenue_share",
        ReasonCode.LARGE_REVENUE_SHARE,
        Side.VALUE,
        Citeability.OUR_ASSESSMENT,
        "001, 004",
        "What losing the customer would cost: their share of all revenue. Sometimes the risk is too great.",
        REVENUE_SHARE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    double total = context.portfolio().totalRevenue();
    double share = total > 0 ? signals.customer().annualRevenue().toDouble() / total : 0;
    return Measurement.of(this).fact(REVENUE_SHARE, share).says("revenue_share", share);
  }
}
