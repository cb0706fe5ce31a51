package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.money.Money;
import com.keepwise.scoring.signals.CustomerSignals;
import java.math.BigDecimal;

/**
 * Not profitable: what is left of their revenue after what is sold, serving them and concessions.
 */
public final class IsUnprofitable extends DefinedCriterion {

  static final Fact MARGIN_AFTER_SERVICE = new Fact("margin_after_service", Unit.SHARE,
      "revenue after the cost of what is sold, cost to serve and concessions, as a share of revenue (-1 to 1)");
  static final Fact PROFIT = new Fact("profit", Unit.MONEY, "that margin in money, a year");

  public IsUnprofitable() {
    super("is_unprofitable", ReasonCode.IS_UNPROFITABLE, Side.RISK, "002 #5, 003",
        "Not profitable: may even make you lose money, once serving them is counted.",
        MARGIN_AFTER_SERVICE, PROFIT);
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
    double profit = revenue * context.costs().grossMargin() - cost.perYear() - conceded;
    return Measurement.of(this)
        .fact(MARGIN_AFTER_SERVICE, margin)
        .fact(PROFIT, profit)
        .says("is_unprofitable", Money.of(BigDecimal.valueOf(profit)), margin);
  }
}
