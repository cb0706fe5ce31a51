package com.keepwise.scoring.signals;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.signal.Advice;
import com.keepwise.domain.signal.Incident;
import com.keepwise.domain.signal.Interaction;
import com.keepwise.domain.signal.Invoice;
import com.keepwise.domain.signal.Meeting;
import com.keepwise.domain.signal.Referral;
import com.keepwise.domain.signal.Request;
import com.keepwise.domain.signal.Review;
import com.keepwise.domain.signal.Signal;
import com.keepwise.domain.signal.Ticket;
import java.util.List;

/**
 * Every customer's signals, gathered in one streaming pass over the event rows: counts, sums and a
 * few evidence rows per customer, never the rows themselves. Memory grows with the number of
 * customers, not of events.
 *
 * <p>Rows of different kinds may be added from different threads at the same time (each kind has
 * its own arrays); rows of one kind must come from one thread at a time.
 */
public final class SignalTally {

  private final List<Customer> customers;
  private final TallyContext context;
  private final InvoiceStats[] invoices;
  private final TicketStats[] tickets;
  private final InteractionStats[] interactions;
  private final MeetingStats[] meetings;
  private final RequestStats[] requests;
  private final IncidentStats[] incidents;
  private final ReviewStats[] reviews;
  private final ReferralStats[] referrals;
  private final AdviceStats[] advice;

  public SignalTally(List<Customer> customers, TallyContext context) {
    this.customers = List.copyOf(customers);
    this.context = context;
    int n = customers.size();
    invoices = new InvoiceStats[n];
    tickets = new TicketStats[n];
    interactions = new InteractionStats[n];
    meetings = new MeetingStats[n];
    requests = new RequestStats[n];
    incidents = new IncidentStats[n];
    reviews = new ReviewStats[n];
    referrals = new ReferralStats[n];
    advice = new AdviceStats[n];
  }

  public TallyContext context() {
    return context;
  }

  public List<Customer> customers() {
    return customers;
  }

  /** Adds one event row of customer number {@code customer}, which starts on {@code line}. */
  public void add(int customer, Signal signal, long line) {
    if (signal instanceof Invoice invoice) {
      stats(invoices, customer, InvoiceStats::new).add(invoice, line, context);
    } else if (signal instanceof Ticket ticket) {
      stats(tickets, customer, TicketStats::new).add(ticket, line, context);
    } else if (signal instanceof Interaction interaction) {
      stats(interactions, customer, InteractionStats::new).add(interaction, line, context);
    } else if (signal instanceof Meeting meeting) {
      stats(meetings, customer, MeetingStats::new).add(meeting, line, context);
    } else if (signal instanceof Request request) {
      stats(requests, customer, RequestStats::new).add(request, line, context);
    } else if (signal instanceof Incident incident) {
      stats(incidents, customer, IncidentStats::new).add(incident, line, context);
    } else if (signal instanceof Review review) {
      stats(reviews, customer, ReviewStats::new).add(review, line, context);
    } else if (signal instanceof Referral referral) {
      stats(referrals, customer, ReferralStats::new).add(referral, line, context);
    } else if (signal instanceof Advice given) {
      stats(advice, customer, AdviceStats::new).add(given, line, context);
    }
  }

  private static <T> T stats(T[] all, int customer, java.util.function.Supplier<T> create) {
    T stats = all[customer];
    if (stats == null) {
      stats = create.get();
      all[customer] = stats;
    }
    return stats;
  }

  /** Everything gathered about customer number {@code customer}. */
  public CustomerSignals signals(int customer) {
    return new CustomerSignals(
        customers.get(customer),
        orNone(invoices[customer], InvoiceStats.NONE),
        orNone(tickets[customer], TicketStats.NONE),
        orNone(interactions[customer], InteractionStats.NONE),
        orNone(meetings[customer], MeetingStats.NONE),
        orNone(requests[customer], RequestStats.NONE),
        orNone(incidents[customer], IncidentStats.NONE),
        orNone(reviews[customer], ReviewStats.NONE),
        orNone(referrals[customer], ReferralStats.NONE),
        orNone(advice[customer], AdviceStats.NONE),
        context.window());
  }

  private static <T> T orNone(T stats, T none) {
    return stats != null ? stats : none;
  }

  public int size() {
    return customers.size();
  }
}
