package com.keepwise.scoring.criteria;

import com.keepwise.scoring.signals.CustomerSignals;

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
    double inWindow = tickets * costs.ticket() + minutes * costs.staffMinute() + meetings * costs.meeting();
    return new CostToServe(tickets, minutes, meetings, inWindow * 12 / context.portfolio().windowMonths());
  }

  /**
   * What is left of a year's revenue after what is sold, serving the customer and concessions, as a
   * share of revenue, kept within [-1, 1]; -1 when there is cost but no revenue.
   */
  public double marginAfterService(double revenue, double conceded, CostModel costs) {
    if (revenue <= 0) {
      return perYear + conceded > 0 ? -1 : 0;
    }
    double margin = (revenue * costs.grossMargin() - perYear - conceded) / revenue;
    return Math.max(-1, Math.min(1, margin));
  }
}
