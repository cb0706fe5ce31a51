package com.keepwise.domain.customer;

import com.keepwise.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code customers.csv}.
 *
 * @param annualRevenue revenue from this customer over the last twelve months
 * @param highProfile a reference, brand or otherwise visible customer
 */
public record Customer(
    CustomerId id,
    String name,
    String segment,
    LocalDate customerSince,
    Money annualRevenue,
    Optional<String> industry,
    Optional<String> region,
    Optional<String> tier,
    Optional<String> owner,
    boolean highProfile,
    Optional<GrowthPotential> growthPotential,
    Relationship relationship) {

  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(customerSince, "customerSince");
    Objects.requireNonNull(annualRevenue, "annualRevenue");
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(growthPotential, "growthPotential");
    Objects.requireNonNull(relationship, "relationship");
  }
}
