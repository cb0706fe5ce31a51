package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;
import java.util.Optional;

/** Value: the margin left after serving the customer. */
public final class KeepsMargin extends DefinedCriterion {

  static final Fact MARGIN_AFTER_SERVICE =
      new Fact(
          "margin_after_service",
          Unit.SHARE,
          "revenue after the cost of what is sold, cost to serve and concessions, as a share of revenue (-1 to 1)");

  public KeepsMargin() {
    super(
        "margin",
        ReasonCode.HEALTHY_MARGIN,
        Side.VALUE,
        Citeability.OUR_ASSESSMENT,
        "002 #5, 003",
        "Margin after the cost of serving the customer.",
        MARGIN_AFTER_SERVICE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    Optional<CostToServe.Margin> margin = CostToServe.margin(signals, context);
    if (margin.isEmpty()) {
      return Measurement.notMeasured(this, Phrase.of("is_unprofitable.no_revenue_or_cost"));
    }
    return Measurement.of(this)
        .fact(MARGIN_AFTER_SERVICE, margin.get().share())
        .says("margin", margin.get().share());
  }
}
