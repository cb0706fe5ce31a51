package com.keepwise.scoring.criteria;

import com.keepwise.scoring.signals.CustomerSignals;
import java.util.Optional;

/**
 * What a customer costs to serve in a year, by the policy's cost model: tickets, staff minutes on
 * tickets and interactions, and meetings held, over the review window, scaled to twelve months.
 */
public record CostToServe(int tickets, double staffMinutes, int meetings, double perYear) {

  public static CostToServe of(CustomerSignals signals, MeasureContext context) {
    CostModel costs = context.costs();
    int tickets = signals.tickets().count();
    double minutes = signals.tickets().minutes() + signals.interactions().minutes();
    int meetings = signals.meetings().held();
    double inWindow =
        tickets * costs.ticket() + minutes * costs.staffMinute() + meetings * costs.meeting();
    return new CostToServe(
        tickets, minutes, meetings, inWindow * 12 / context.portfolio().windowMonths());
  }

  /**
   * What is left of a year's revenue after what is sold, serving the customer and concessions.
   *
   * @param share as a share of revenue, kept within [-1, 1]; -1 when there is cost but no revenue
   * @param profit in money, a year
   */
  public record Margin(double share, double profit) {}

  /**
   * The customer's margin after service; empty when there is neither revenue nor any cost to judge.
   */
  public static Optional<Margin> margin(CustomerSignals signals, MeasureContext context) {
    double revenue = signals.customer().annualRevenue().toDouble();
    double conceded = signals.requests().conceded().toDouble();
    CostToServe cost = of(signals, context);
    if (revenue <= 0 && cost.perYear() + conceded <= 0) {
      return Optional.empty();
    }
    double profit = revenue * context.costs().grossMargin() - cost.perYear() - conceded;
    double share = revenue > 0 ? Math.max(-1, Math.min(1, profit / revenue)) : -1;
    return Optional.of(new Margin(share, profit));
  }
}
