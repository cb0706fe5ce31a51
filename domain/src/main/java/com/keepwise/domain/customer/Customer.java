package com.keepwise.domain.customer;

import com.keepwise.domain.ContractMessages;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.money.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
    @Valid CustomerId id,
    @NotEmpty(message = ContractMessages.REQUIRED) String name,
    @NotEmpty(message = ContractMessages.REQUIRED) String segment,
    LocalDate customerSince,
    @NonNegative(message = ContractMessages.ZERO_OR_MORE) Money annualRevenue,
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
