package com.keepwise.reports.policytest;

import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An inline case as a small portfolio: the customer and its events, among its {@link Peers}, built
 * with {@link Scenario}. No files: the result depends on the policy and the case alone.
 */
final class InlineSituation {

  private InlineSituation() {}

  /** The case's customer assessed under {@code policy}, among its peers. */
  static Assessment assess(PolicyCase c, int index, LocalDate asOf, LoadedPolicy policy) {
    InlineCustomer who = c.customer().orElse(InlineCustomer.defaults());
    String id = who.customerId().orElse("case-" + (index + 1));
    String segment = who.segment().orElse("smb");
    ScenarioBuilder scenario = ScenarioBuilder.asOf(asOf);
    addPeers(scenario, segment, c.peers().orElse(Peers.defaults()), id);
    ScenarioBuilder.CustomerSpec spec =
        scenario
            .customer(id)
            .segment(segment)
            .revenue(who.annualRevenue().orElse(50_000L))
            .since(asOf.minusYears(who.years().orElse(5)));
    who.industry().ifPresent(spec::industry);
    who.region().ifPresent(spec::region);
    who.tier().ifPresent(spec::tier);
    who.growthPotential().ifPresent(spec::growth);
    who.relationship().ifPresent(spec::relationship);
    if (who.highProfile().orElse(false)) {
      spec.highProfile();
    }
    spec.and();
    c.events().ifPresent(events -> addEvents(scenario, id, events));
    return scenario.assess(id, policy);
  }

  /**
   * Ordinary customers of the segment, revenues spread evenly around the median (see {@link
   * Peers}).
   */
  private static void addPeers(
      ScenarioBuilder scenario, String segment, Peers peers, String customerId) {
    int count = peers.count().orElse(Peers.DEFAULT_COUNT);
    long median = peers.medianRevenue().orElse(Peers.DEFAULT_MEDIAN_REVENUE);
    for (int i = 0; i < count; i++) {
      String id = "peer-" + (i + 1);
      if (id.equals(customerId)) {
        id = "peer-" + (i + 1) + "'"; // the case's own id wins; the peer steps aside
      }
      long revenue = Math.round(median * (0.5 + (i + 0.5) / count));
      scenario
          .customer(id)
          .segment(segment)
          .revenue(revenue)
          .growth(GrowthPotential.MEDIUM)
          .and()
          .invoices(id, 12, 0, 0)
          .tickets(id, 4, 20, false, true)
          .calls(id, 6, false, false, 10)
          .meetings(id, 3, MeetingKind.CHECK_IN, MeetingOutcome.HELD)
          .advice(id, 2, AdviceFollowed.YES);
    }
  }

  private static void addEvents(ScenarioBuilder s, String id, Events events) {
    for (Events.Invoices g : all(events.invoices())) {
      s.invoices(id, g.count(), g.late().orElse(0), g.daysLate().orElse(30));
    }
    for (Events.UnpaidInvoice g : all(events.unpaidInvoices())) {
      for (int i = 0; i < g.count().orElse(1); i++) {
        s.unpaidInvoice(id, g.amount(), g.daysOverdue() + 30 * i);
      }
    }
    for (Events.Incidents g : all(events.incidents())) {
      for (int i = 0; i < g.count().orElse(1); i++) {
        s.incident(id, g.kind(), g.severity().orElse(3), g.daysAgo().orElse(30) + 7 * i);
      }
    }
    for (Events.Tickets g : all(events.tickets())) {
      s.tickets(
          id,
          g.count(),
          g.minutes().orElse(20.0),
          g.trivial().orElse(false),
          g.inScope().orElse(true));
    }
    for (Events.Calls g : all(events.calls())) {
      s.calls(
          id,
          g.count(),
          g.afterHours().orElse(false),
          g.escalated().orElse(false),
          g.minutes().orElse(10.0));
    }
    for (Events.Meetings g : all(events.meetings())) {
      s.meetings(id, g.count().orElse(1), g.kind().orElse(MeetingKind.CHECK_IN), g.outcome());
    }
    for (Events.Requests g : all(events.requests())) {
      s.requests(
          id, g.count().orElse(1), g.kind(), g.granted().orElse(false), g.amount().orElse(0L));
    }
    for (Events.NegativeReviews g : all(events.negativeReviews())) {
      s.negativeReviews(id, g.count().orElse(1), g.channel().orElse(ReviewChannel.REVIEW_SITE));
    }
    for (Events.Referrals g : all(events.referrals())) {
      s.referrals(id, g.count().orElse(1), g.converted().orElse(false), g.value().orElse(0L));
    }
    for (Events.AdviceGiven g : all(events.advice())) {
      s.advice(id, g.count().orElse(1), g.followed());
    }
  }

  private static <T> List<T> all(java.util.Optional<List<T>> groups) {
    return groups.orElse(List.of());
  }
}
