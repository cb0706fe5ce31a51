package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.money.Money;
import com.keepwise.scoring.signals.CustomerSignals;

/** High-touch and low-profit: the cost of serving the customer against the revenue they bring. */
public final class NeedsHighTouch extends DefinedCriterion {

  static final Fact TICKETS =
      new Fact("tickets", Unit.COUNT, "support tickets opened in the review window");
  static final Fact STAFF_HOURS =
      new Fact(
          "staff_hours", Unit.COUNT, "hours of staff time recorded on tickets and interactions");
  static final Fact COST_TO_SERVE =
      new Fact("cost_to_serve", Unit.MONEY, "what serving them costs a year, by the cost model");
  static final Fact COST_SHARE =
      new Fact(
          "cost_share",
          Unit.RATIO,
          "cost to serve against annual revenue (1 = all of it; capped at 10)");

  public NeedsHighTouch() {
    super(
        "needs_high_touch",
        ReasonCode.NEEDS_HIGH_TOUCH,
        Side.RISK,
        Citeability.OUR_ASSESSMENT,
        "000 #1, 001, 004 #4",
        "High-touch and low-profit: wants all the attention, and costs more to serve than they pay for.",
        TICKETS,
        STAFF_HOURS,
        COST_TO_SERVE,
        COST_SHARE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    CostToServe cost = CostToServe.of(signals, context);
    double revenue = signals.customer().annualRevenue().toDouble();
    double ratio =
        revenue > 0 ? Math.min(10, cost.perYear() / revenue) : (cost.perYear() > 0 ? 10 : 0);
    double hours = cost.staffMinutes() / 60;
    return Measurement.of(this)
        .fact(TICKETS, cost.tickets())
        .fact(STAFF_HOURS, hours)
        .fact(COST_TO_SERVE, cost.perYear())
        .fact(COST_SHARE, ratio)
        .evidence(signals.tickets()::costlyRows)
        .evidence(signals.interactions()::longestRows)
        // The words say the share as it is: a customer costing 136% of its revenue is shown as
        // 136%.
        .says(
            "needs_high_touch",
            Money.ofDouble(cost.perYear()),
            revenue > 0 ? cost.perYear() / revenue : Math.min(1, ratio),
            (long) cost.tickets(),
            (double) Math.round(hours * 10) / 10);
  }
}
