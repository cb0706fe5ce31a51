package com.keepwise.scoring.criteria;

import java.util.Objects;

/**
 * What criteria measure against besides the customer: the portfolio and the business's own terms,
 * including how much more attention a new customer may take.
 */
public record MeasureContext(
    SegmentNorms portfolio,
    CostModel costs,
    IdealCustomerProfile idealCustomerProfile,
    NewCustomers newCustomers) {

  public MeasureContext {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(idealCustomerProfile, "idealCustomerProfile");
    Objects.requireNonNull(newCustomers, "newCustomers");
  }
}
