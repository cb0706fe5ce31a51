package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;

/** Value: the margin left after serving the customer. */
public final class KeepsMargin extends DefinedCriterion {

  static final Fact MARGIN_AFTER_SERVICE = new Fact("margin_after_service", Unit.SHARE,
      "revenue after the cost of what is sold, cost to serve and concessions, as a share of revenue (-1 to 1)");

  public KeepsMargin() {
    super("margin", ReasonCode.HEALTHY_MARGIN, Side.VALUE, "002 #5, 003",
        "Margin after the cost of serving the customer.",
        MARGIN_AFTER_SERVICE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    double revenue = signals.customer().annualRevenue().toDouble();
    double conceded = signals.requests().conceded().toDouble();
    CostToServe cost = CostToServe.of(signals, context);
    if (revenue <= 0 && cost.perYear() + conceded <= 0) {
      return Measurement.notMeasured(this, Phrase.of("is_unprofitable.no_revenue_or_cost"));
    }
    double margin = cost.marginAfterService(revenue, conceded, context.costs());
    return Measurement.of(this)
        .fact(MARGIN_AFTER_SERVICE, margin)
        .says("margin", margin);
  }
}
