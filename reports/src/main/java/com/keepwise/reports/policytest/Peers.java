package com.keepwise.reports.policytest;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * The customers around an inline one, in its segment: they set the norms that some criteria measure
 * against (contacts against the segment's median, revenue percentile in the segment, share of all
 * revenue). Each is an ordinary customer: pays 12 invoices on time, opens 4 tickets (20 minutes
 * each), calls 6 times in business hours, holds 3 check-ins, follows its advice; a customer for five
 * years, growth potential medium. Their revenues spread evenly from half to one and a half times the
 * median. Fixed, so a case's result depends on the policy and the case alone.
 */
public record Peers(
    @JsonPropertyDescription("How many peers; 0 leaves the customer alone in its segment. Default: 99.")
        Optional<@Min(value = 0, message = "is ${validatedValue} (expected 0 to 999 peers)")
            @Max(value = 999, message = "is ${validatedValue} (expected 0 to 999 peers)") Integer> count,
    @JsonPropertyDescription("The peers' median revenue over the last 12 months. Default: 50000.")
        Optional<@Min(value = 0, message = "is ${validatedValue} (expected 0 or more)") @Max(value = Events.MAX_AMOUNT, message = "is ${validatedValue} (expected at most " + Events.MAX_AMOUNT_TEXT + ")") Long> medianRevenue) {

  public static final int DEFAULT_COUNT = 99;
  public static final long DEFAULT_MEDIAN_REVENUE = 50_000;

  public static Peers defaults() {
    return new Peers(Optional.empty(), Optional.empty());
  }
}
