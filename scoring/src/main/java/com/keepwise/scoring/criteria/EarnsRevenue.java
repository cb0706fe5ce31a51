package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;

/** Value: revenue, against the other customers of the same segment. */
public final class EarnsRevenue extends DefinedCriterion {

  static final Fact ANNUAL_REVENUE =
      new Fact("annual_revenue", Unit.MONEY, "revenue over the last twelve months");
  static final Fact SEGMENT_PERCENTILE =
      new Fact(
          "segment_percentile",
          Unit.SHARE,
          "share of the segment's customers who bring less revenue");

  public EarnsRevenue() {
    super(
        "revenue",
        ReasonCode.HIGH_REVENUE,
        Side.VALUE,
        Citeability.OUR_ASSESSMENT,
        "001, 004",
        "Revenue the customer brings, against the other customers of the segment.",
        ANNUAL_REVENUE,
        SEGMENT_PERCENTILE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    double revenue = signals.customer().annualRevenue().toDouble();
    String segment = signals.customer().segment();
    double percentile = context.portfolio().revenuePercentile(segment, revenue);
    return Measurement.of(this)
        .fact(ANNUAL_REVENUE, revenue)
        .fact(SEGMENT_PERCENTILE, percentile)
        .says("revenue", signals.customer().annualRevenue(), percentile, segment);
  }
}
