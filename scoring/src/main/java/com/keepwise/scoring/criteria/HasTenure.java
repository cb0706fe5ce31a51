package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Value: how long the customer has been with the business. */
public final class HasTenure extends DefinedCriterion {

  static final Fact YEARS =
      new Fact("years", Unit.YEARS, "years since customer_since, at the review date");

  public HasTenure() {
    super(
        "tenure",
        ReasonCode.LONG_TENURE,
        Side.VALUE,
        Citeability.OUR_ASSESSMENT,
        "002, 003",
        "Tenure: a long relationship, and what it has taught both sides.",
        YEARS);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    LocalDate since = signals.customer().customerSince();
    double years = Math.max(0, ChronoUnit.DAYS.between(since, signals.window().asOf()) / 365.25);
    return Measurement.of(this)
        .fact(YEARS, years)
        .says("tenure", since, Math.floor(years * 10) / 10);
  }
}
