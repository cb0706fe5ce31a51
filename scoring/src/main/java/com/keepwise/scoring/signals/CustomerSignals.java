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
    int earlier = invoices.earlierProblems() + tickets.earlierProblems() + interactions.earlierProblems()
        + meetings.earlierProblems() + requests.earlierProblems() + incidents.earlierProblems()
        + reviews.earlierProblems() + advice.earlierProblems();
    int recent = invoices.recentProblems() + tickets.recentProblems() + interactions.recentProblems()
        + meetings.recentProblems() + requests.recentProblems() + incidents.recentProblems()
        + reviews.recentProblems() + advice.recentProblems();
    return new Trend(earlier, recent, window.earlierToRecentLength());
  }
}
