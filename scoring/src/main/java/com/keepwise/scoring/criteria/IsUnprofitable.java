package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.money.Money;
import com.keepwise.scoring.signals.CustomerSignals;
import java.util.Optional;

/**
 * Not profitable: what is left of their revenue after what is sold, serving them and concessions.
 */
public final class IsUnprofitable extends DefinedCriterion {

  static final Fact MARGIN_AFTER_SERVICE =
      new Fact(
          "margin_after_service",
          Unit.SHARE,
          "revenue after the cost of what is sold, cost to serve and concessions, as a share of revenue (-1 to 1)");
  static final Fact PROFIT = new Fact("profit", Unit.MONEY, "that margin in money, a year");

  public IsUnprofitable() {
    super(
        "is_unprofitable",
        ReasonCode.IS_UNPROFITABLE,
        Side.RISK,
        Citeability.OUR_ASSESSMENT,
        "002 #5, 003",
        "Not profitable: may even make you lose money, once serving them is counted.",
        MARGIN_AFTER_SERVICE,
        PROFIT);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    Optional<CostToServe.Margin> margin = CostToServe.margin(signals, context);
    if (margin.isEmpty()) {
      return Measurement.notMeasured(this, Phrase.of("is_unprofitable.no_revenue_or_cost"));
    }
    return Measurement.of(this)
        .fact(MARGIN_AFTER_SERVICE, margin.get().share())
        .fact(PROFIT, margin.get().profit())
        .says("is_unprofitable", Money.ofDouble(margin.get().profit()), margin.get().share());
  }
}
