package com.keepwise.scoring.signals;

import com.keepwise.domain.customer.Customer;

/**
 * Everything gathered about one customer, with no judgement yet: what the criteria measure from.
 * Kinds of rows the customer has none of are empty statistics, never null.
 */
public record CustomerSignals(
    Customer customer,
    InvoiceStats invoices,
    TicketStats tickets,
    InteractionStats interactions,
    MeetingStats meetings,
    RequestStats requests,
    IncidentStats incidents,
    ReviewStats reviews,
    ReferralStats referrals,
    AdviceStats advice,
    ReviewWindow window) {

  /**
   * Problem events (late invoices, incidents, public complaints, missed meetings, after-hours or
   * escalated contacts, trivial and out-of-scope tickets, uncovered requests, ignored advice) in
   * the earlier and the recent part of the window.
   */
  public Trend trend() {
    int earlier = 0;
    int recent = 0;
    for (long counts :
        new long[] {
          invoices.problems(),
          tickets.problems(),
          interactions.problems(),
          meetings.problems(),
          requests.problems(),
          incidents.problems(),
          reviews.problems(),
          advice.problems()
        }) {
      earlier += ProblemCount.earlier(counts);
      recent += ProblemCount.recent(counts);
    }
    return new Trend(earlier, recent, window.earlierToRecentLength());
  }
}
