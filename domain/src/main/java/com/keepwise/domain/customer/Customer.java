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

  /**
   * A customer with what {@code customers.csv} requires; the optional columns take the contract's
   * defaults (empty, not high profile, a standard relationship) until set on the builder.
   */
  public static Builder builder(
      CustomerId id, String name, String segment, LocalDate customerSince, Money annualRevenue) {
    return new Builder(id, name, segment, customerSince, annualRevenue);
  }

  /** A builder holding this customer's values, to make one that differs in a few. */
  public Builder toBuilder() {
    return new Builder(id, name, segment, customerSince, annualRevenue)
        .industry(industry)
        .region(region)
        .tier(tier)
        .owner(owner)
        .highProfile(highProfile)
        .growthPotential(growthPotential)
        .relationship(relationship);
  }

  /** Names each value, so a new column touches the record and its readers, not every caller. */
  public static final class Builder {
    private final CustomerId id;
    private final String name;
    private final String segment;
    private final LocalDate customerSince;
    private Money annualRevenue;
    private Optional<String> industry = Optional.empty();
    private Optional<String> region = Optional.empty();
    private Optional<String> tier = Optional.empty();
    private Optional<String> owner = Optional.empty();
    private boolean highProfile;
    private Optional<GrowthPotential> growthPotential = Optional.empty();
    private Relationship relationship = Relationship.STANDARD;

    private Builder(
        CustomerId id, String name, String segment, LocalDate customerSince, Money annualRevenue) {
      this.id = id;
      this.name = name;
      this.segment = segment;
      this.customerSince = customerSince;
      this.annualRevenue = annualRevenue;
    }

    public Builder annualRevenue(Money value) {
      annualRevenue = value;
      return this;
    }

    public Builder industry(Optional<String> value) {
      industry = value;
      return this;
    }

    public Builder region(Optional<String> value) {
      region = value;
      return this;
    }

    public Builder tier(Optional<String> value) {
      tier = value;
      return this;
    }

    public Builder owner(Optional<String> value) {
      owner = value;
      return this;
    }

    public Builder highProfile(boolean value) {
      highProfile = value;
      return this;
    }

    public Builder growthPotential(Optional<GrowthPotential> value) {
      growthPotential = value;
      return this;
    }

    public Builder relationship(Relationship value) {
      relationship = value;
      return this;
    }

    /** The customer; fails on a missing value as the record does. */
    public Customer build() {
      return new Customer(
          id,
          name,
          segment,
          customerSince,
          annualRevenue,
          industry,
          region,
          tier,
          owner,
          highProfile,
          growthPotential,
          relationship);
    }
  }
}
