package com.keepwise.reports.policytest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * One case: a situation and what the policy must decide for it. The situation is either a customer
 * of a dataset ({@code dataset} and {@code customer_id}) or one customer described inline ({@code
 * customer}, {@code events}, {@code peers}).
 */
public record PolicyCase(
    @NotBlank(message = "is required (expected a name saying what the case shows)")
        @JsonPropertyDescription("What the case shows, in a sentence; printed by the test runner.")
        String name,
    @JsonPropertyDescription("A dataset directory, relative to this file; with customer_id.")
        Optional<String> dataset,
    @JsonPropertyDescription(
            "The customer of the dataset the case is about, as in its customers.csv.")
        Optional<String> customerId,
    @JsonPropertyDescription(
            "A customer described inline (instead of dataset and customer_id); every key has a default.")
        Optional<@Valid InlineCustomer> customer,
    @JsonPropertyDescription(
            "The inline customer's events, compactly (12 invoices, 4 of them 60 days late).")
        Optional<@Valid Events> events,
    @JsonPropertyDescription(
            "The inline customer's peers, who set the segment's norms. Default: 99 ordinary customers.")
        Optional<@Valid Peers> peers,
    @NotNull(
            message =
                "is required (expected the action, and optionally rule, risk, value and reasons)")
        @Valid
        @JsonPropertyDescription("What the policy must decide.")
        Expectation expect) {

  /** Whether the situation is described inline rather than taken from a dataset. */
  @JsonIgnore
  public boolean isInline() {
    return dataset.isEmpty();
  }

  @JsonIgnore
  @AssertTrue(
      message =
          "names no situation (expected dataset with customer_id, or customer with its events)")
  public boolean isSituationGiven() {
    return dataset == null
        || customer == null
        || events == null
        || dataset.isPresent()
        || customer.isPresent()
        || events.isPresent();
  }

  @JsonIgnore
  @AssertTrue(
      message =
          "mixes a dataset with an inline customer (expected dataset with customer_id, or customer with events and peers)")
  public boolean isOneKindOfSituation() {
    return dataset == null
        || dataset.isEmpty()
        || isEmpty(customer) && isEmpty(events) && isEmpty(peers);
  }

  @JsonIgnore
  @AssertTrue(
      message =
          "has a dataset but no customer_id (expected the customer_id of a customer in the dataset)")
  public boolean isCustomerNamed() {
    return dataset == null || customerId == null || dataset.isEmpty() || customerId.isPresent();
  }

  @JsonIgnore
  @AssertTrue(
      message =
          "has a customer_id but no dataset (expected dataset: the directory the customer is in)")
  public boolean isDatasetNamed() {
    return dataset == null || customerId == null || customerId.isEmpty() || dataset.isPresent();
  }

  private static boolean isEmpty(Optional<?> value) {
    return value == null || value.isEmpty();
  }
}
