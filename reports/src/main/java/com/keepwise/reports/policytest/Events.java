package com.keepwise.reports.policytest;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.scoring.constraint.AtLeast;
import com.keepwise.scoring.constraint.Between;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * An inline customer's events, a group per line: "12 invoices, the last 4 paid 60 days late". Each
 * kind takes one group or a list of them. Events are dated back from the review date, in business
 * hours unless said otherwise (see {@link com.keepwise.scoring.scenario.Scenario}).
 */
public record Events(
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription(
            "Paid invoices, due monthly back from the review date; the most recent 'late' of them paid 'days_late' days late.")
        Optional<List<@Valid Invoices>> invoices,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription("Invoices still unpaid at the review date.")
        Optional<List<@Valid UnpaidInvoice>> unpaidInvoices,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription("Incidents: behaviour towards staff, honesty, ethics.")
        Optional<List<@Valid Incidents>> incidents,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription("Support tickets, one every three days back from the review date.")
        Optional<List<@Valid Tickets>> tickets,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription(
            "Inbound calls, one every two days (weekdays) back from the review date.")
        Optional<List<@Valid Calls>> calls,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription("Meetings, one a month back from the review date.")
        Optional<List<@Valid Meetings>> meetings,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription(
            "Commercial and scope requests outside the contract, one a month back.")
        Optional<List<@Valid Requests>> requests,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription("Negative public reviews (rating 1).")
        Optional<List<@Valid NegativeReviews>> negativeReviews,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription("Referrals: new business the customer sent.")
        Optional<List<@Valid Referrals>> referrals,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription("Advice given, and whether it was followed.")
        Optional<List<@Valid AdviceGiven>> advice) {

  private static final String COUNT = "How many. Default: 1.";

  // Bounds that keep a case small and its sums exact: a case file comes from a pull request, and
  // 2,000,000,000 incidents or an amount of 9223372036854775807 must be a located error, not an
  // out-of-memory error or an overflow.
  /** The largest amount of money in a case. */
  public static final long MAX_AMOUNT = 1_000_000_000_000L;

  /** The most days before the review date. */
  public static final int MAX_DAYS = 3_650;

  /** The most staff minutes for one ticket or call. */
  public static final int MAX_MINUTES = 10_000;

  /** Paid invoices: {@code {count: 12, late: 4, days_late: 60}}. */
  public record Invoices(
      @NotNull(message = "is required (expected how many invoices, like 12)")
          @Between(min = 1, max = 120)
          @JsonPropertyDescription("How many invoices.")
          Integer count,
      @JsonPropertyDescription("How many of them, the most recent, were paid late. Default: 0.")
          Optional<@AtLeast(0) Integer> late,
      @JsonPropertyDescription("How many days late those were paid. Default: 30.")
          Optional<@Between(min = 1, max = MAX_DAYS) Integer> daysLate) {

    @JsonIgnore
    @AssertTrue(message = "has more late invoices than invoices (expected late at most count)")
    public boolean isLateWithinCount() {
      return count == null || late == null || late.orElse(0) <= count;
    }
  }

  /** An invoice still unpaid: {@code {amount: 3000, days_overdue: 120}}. */
  public record UnpaidInvoice(
      @NotNull(message = "is required (expected the amount, like 3000)")
          @Between(min = 1, max = MAX_AMOUNT)
          @JsonPropertyDescription("The amount owed.")
          Long amount,
      @NotNull(message = "is required (expected days past due at the review date, like 120)")
          @Between(min = 0, max = MAX_DAYS)
          @JsonPropertyDescription("Days past due at the review date.")
          Integer daysOverdue,
      @JsonPropertyDescription(COUNT) Optional<@Between(min = 1, max = 120) Integer> count) {}

  /** Incidents of one kind: {@code {kind: threat, severity: 4, days_ago: 30}}. */
  public record Incidents(
      @NotNull(
              message =
                  "is required (expected personal_attack, threat, public_shaming, aggressive_accusation, rudeness, dishonesty or unethical_request)")
          @JsonPropertyDescription("The kind of incident.")
          IncidentKind kind,
      @JsonPropertyDescription("1 to 5. Default: 3.")
          Optional<@Between(min = 1, max = 5) Integer> severity,
      @JsonPropertyDescription(
              "How many days before the review date (the first of them, a week apart). Default: 30.")
          Optional<@Between(min = 0, max = MAX_DAYS) Integer> daysAgo,
      @JsonPropertyDescription(COUNT) Optional<@Between(min = 1, max = 120) Integer> count) {}

  /** Tickets: {@code {count: 30, minutes: 20, trivial: true}}. */
  public record Tickets(
      @NotNull(message = "is required (expected how many tickets, like 12)")
          @Between(min = 1, max = 500)
          @JsonPropertyDescription("How many tickets.")
          Integer count,
      @JsonPropertyDescription("Staff minutes spent on each. Default: 20.")
          Optional<@Between(min = 0, max = MAX_MINUTES) Double> minutes,
      @JsonPropertyDescription("Complaints about trivial matters. Default: false.")
          Optional<Boolean> trivial,
      @JsonPropertyDescription("Within what the customer pays for. Default: true.")
          Optional<Boolean> inScope) {}

  /** Inbound calls: {@code {count: 40, after_hours: true}}. */
  public record Calls(
      @NotNull(message = "is required (expected how many calls, like 12)")
          @Between(min = 1, max = 500)
          @JsonPropertyDescription("How many calls.")
          Integer count,
      @JsonPropertyDescription("At 23:00 instead of 10:00. Default: false.")
          Optional<Boolean> afterHours,
      @JsonPropertyDescription("Went around the normal contact, to managers. Default: false.")
          Optional<Boolean> escalated,
      @JsonPropertyDescription("Staff minutes each. Default: 10.")
          Optional<@Between(min = 0, max = MAX_MINUTES) Double> minutes) {}

  /** Meetings: {@code {count: 3, kind: check_in, outcome: declined}}. */
  public record Meetings(
      @JsonPropertyDescription(COUNT) Optional<@Between(min = 1, max = 120) Integer> count,
      @JsonPropertyDescription("check_in, review, onboarding or other. Default: check_in.")
          Optional<MeetingKind> kind,
      @NotNull(
              message =
                  "is required (expected held, no_show, cancelled_late, cancelled or declined)")
          @JsonPropertyDescription("held, no_show, cancelled_late, cancelled or declined.")
          MeetingOutcome outcome) {}

  /** Requests of one kind: {@code {count: 3, kind: discount, granted: true, amount: 500}}. */
  public record Requests(
      @JsonPropertyDescription(COUNT) Optional<@Between(min = 1, max = 120) Integer> count,
      @NotNull(
              message =
                  "is required (expected discount, free_work, scope_change, extra_revision, deadline_pull_in, renegotiation or out_of_hours)")
          @JsonPropertyDescription("The kind of request.")
          RequestKind kind,
      @JsonPropertyDescription("Whether it was granted. Default: false.") Optional<Boolean> granted,
      @JsonPropertyDescription("Money asked for or conceded, each. Default: none.")
          Optional<@Between(min = 0, max = MAX_AMOUNT) Long> amount) {}

  /** Negative public reviews: {@code {count: 2, channel: social}}. */
  public record NegativeReviews(
      @JsonPropertyDescription(COUNT) Optional<@Between(min = 1, max = 50) Integer> count,
      @JsonPropertyDescription("review_site, social, forum, press or other. Default: review_site.")
          Optional<ReviewChannel> channel) {}

  /** Referrals: {@code {count: 2, converted: true, value: 20000}}. */
  public record Referrals(
      @JsonPropertyDescription(COUNT) Optional<@Between(min = 1, max = 50) Integer> count,
      @JsonPropertyDescription("Whether it became a customer. Default: false.")
          Optional<Boolean> converted,
      @JsonPropertyDescription("Annual revenue it brought, each. Default: none.")
          Optional<@Between(min = 0, max = MAX_AMOUNT) Long> value) {}

  /** Advice given: {@code {count: 4, followed: 'no'}}. */
  public record AdviceGiven(
      @JsonPropertyDescription(COUNT) Optional<@Between(min = 1, max = 120) Integer> count,
      @NotNull(message = "is required (expected yes, partly or no)")
          @JsonPropertyDescription("yes, partly or no.")
          AdviceFollowed followed) {}
}
