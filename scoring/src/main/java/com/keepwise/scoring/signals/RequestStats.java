package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Request;
import com.keepwise.domain.signal.RequestKind;
import java.time.LocalDate;
import java.util.List;

/**
 * One customer's commercial and scope requests in the review window. Requests the contract already
 * covers are not counted against the customer.
 */
public final class RequestStats {

  static final RequestStats NONE = new RequestStats();

  private final int[] byKind = new int[RequestKind.values().length];
  private int concessions;
  private long conceded;
  private long problems;
  private Evidence freebieRows;
  private Evidence goalPostRows;
  private Evidence demandRows;

  void add(Request request, long line, TallyContext context) {
    LocalDate day = request.at();
    ReviewWindow window = context.window();
    if (!window.contains(day) || request.inScope()) {
      return;
    }
    byKind[request.kind().ordinal()]++;
    long amount = request.amount().map(Money::tenThousandths).orElse(0L);
    if (request.isConcession()) {
      concessions++;
      conceded += amount;
    }
    long rank = amount / 10_000; // whole currency units
    switch (request.kind()) {
      case DISCOUNT, FREE_WORK ->
          freebieRows =
              Evidence.offer(freebieRows, SourceFile.REQUESTS, rank, day, request.id(), line);
      case SCOPE_CHANGE, RENEGOTIATION ->
          goalPostRows =
              Evidence.offer(goalPostRows, SourceFile.REQUESTS, rank, day, request.id(), line);
      case EXTRA_REVISION, DEADLINE_PULL_IN, OUT_OF_HOURS ->
          demandRows =
              Evidence.offer(demandRows, SourceFile.REQUESTS, rank, day, request.id(), line);
    }
    problems = ProblemCount.add(problems, day, window);
  }

  /** Requests of these kinds that the contract did not cover. */
  public int count(RequestKind... kinds) {
    int total = 0;
    for (RequestKind kind : kinds) {
      total += byKind[kind.ordinal()];
    }
    return total;
  }

  /** Requests granted although the contract did not cover them. */
  public int concessions() {
    return concessions;
  }

  /** What was conceded on them. */
  public Money conceded() {
    return new Money(conceded);
  }

  /** Problem events, for the trend, as {@link ProblemCount} packs them. */
  long problems() {
    return problems;
  }

  /** Discounts and free work asked for, largest first. */
  public List<EvidenceRef> freebieRows() {
    return Evidence.rowsOf(freebieRows);
  }

  /** Scope changes and renegotiations. */
  public List<EvidenceRef> goalPostRows() {
    return Evidence.rowsOf(goalPostRows);
  }

  /** Extra revisions, pulled-in deadlines and out-of-hours demands. */
  public List<EvidenceRef> demandRows() {
    return Evidence.rowsOf(demandRows);
  }
}
