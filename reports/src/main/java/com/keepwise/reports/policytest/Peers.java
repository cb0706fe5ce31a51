package com.keepwise.reports.policytest;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.scoring.constraint.Between;
import java.util.Optional;

/**
 * The customers around an inline one, in its segment: they set the norms that some criteria measure
 * against (contacts against the segment's median, revenue percentile in the segment, share of all
 * revenue). Each is an ordinary customer: pays 12 invoices on time, opens 4 tickets (20 minutes
 * each), calls 6 times in business hours, holds 3 check-ins, follows its advice; a customer for
 * five years, growth potential medium. Their revenues spread evenly from half to one and a half
 * times the median. Fixed, so a case's result depends on the policy and the case alone.
 */
public record Peers(
    @JsonPropertyDescription(
            "How many peers; 0 leaves the customer alone in its segment. Default: 99.")
        Optional<@Between(min = 0, max = 999) Integer> count,
    @JsonPropertyDescription("The peers' median revenue over the last 12 months. Default: 50000.")
        Optional<@Between(min = 0, max = Events.MAX_AMOUNT) Long> medianRevenue) {

  public static final int DEFAULT_COUNT = 99;
  public static final long DEFAULT_MEDIAN_REVENUE = 50_000;

  public static Peers defaults() {
    return new Peers(Optional.empty(), Optional.empty());
  }
}
