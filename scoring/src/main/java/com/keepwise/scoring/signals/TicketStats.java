package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.signal.Ticket;
import java.time.LocalDate;
import java.util.List;

/** One customer's support tickets in the review window. */
public final class TicketStats {

  static final TicketStats NONE = new TicketStats();

  private int count;
  private double minutes;
  private int withMinutes;
  private int trivial;
  private int outOfScope;
  private long problems;
  private Evidence trivialRows;
  private Evidence outOfScopeRows;
  private Evidence costlyRows;

  void add(Ticket ticket, long line, TallyContext context) {
    LocalDate day = ticket.day();
    ReviewWindow window = context.window();
    if (!window.contains(day)) {
      return;
    }
    count++;
    if (ticket.minutesSpent().isPresent()) {
      double spent = ticket.minutesSpent().getAsDouble();
      minutes += spent;
      withMinutes++;
      costlyRows =
          Evidence.offer(costlyRows, SourceFile.TICKETS, Math.round(spent), day, ticket.id(), line);
    }
    if (ticket.trivial()) {
      trivial++;
      trivialRows = Evidence.offer(trivialRows, SourceFile.TICKETS, 0, day, ticket.id(), line);
    }
    if (!ticket.inScope()) {
      outOfScope++;
      outOfScopeRows =
          Evidence.offer(outOfScopeRows, SourceFile.TICKETS, 0, day, ticket.id(), line);
    }
    if (ticket.trivial() || !ticket.inScope()) {
      problems = ProblemCount.add(problems, day, window);
    }
  }

  /** Tickets opened in the window. */
  public int count() {
    return count;
  }

  /** Staff minutes recorded on them. */
  public double minutes() {
    return minutes;
  }

  /** How many of them record staff minutes at all. */
  public int withMinutes() {
    return withMinutes;
  }

  /** Complaints about trivial matters. */
  public int trivial() {
    return trivial;
  }

  /** Requests outside what the customer pays for. */
  public int outOfScope() {
    return outOfScope;
  }

  /** Problem events, for the trend, as {@link ProblemCount} packs them. */
  long problems() {
    return problems;
  }

  public List<EvidenceRef> trivialRows() {
    return Evidence.rowsOf(trivialRows);
  }

  public List<EvidenceRef> outOfScopeRows() {
    return Evidence.rowsOf(outOfScopeRows);
  }

  /** The tickets that took the most staff time. */
  public List<EvidenceRef> costlyRows() {
    return Evidence.rowsOf(costlyRows);
  }
}
