package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.signal.Incident;
import com.keepwise.domain.signal.IncidentKind;
import java.time.LocalDate;
import java.util.List;

/** One customer's incidents in the review window: behaviour towards staff, honesty, ethics. */
public final class IncidentStats {

  static final IncidentStats NONE = new IncidentStats();

  private final int[] count = new int[IncidentKind.values().length];
  private final int[] severity = new int[IncidentKind.values().length];
  private long problems;
  private int recentAbuse;
  private Evidence abuseRows;
  private Evidence dishonestyRows;
  private Evidence unethicalRows;

  void add(Incident incident, long line, TallyContext context) {
    LocalDate day = incident.at();
    ReviewWindow window = context.window();
    if (!window.contains(day)) {
      return;
    }
    IncidentKind kind = incident.kind();
    count[kind.ordinal()]++;
    severity[kind.ordinal()] += incident.severity();
    long rank = (kind == IncidentKind.THREAT ? 10 : 0) + incident.severity();
    switch (kind) {
      case DISHONESTY ->
          dishonestyRows =
              Evidence.offer(dishonestyRows, SourceFile.INCIDENTS, rank, day, incident.id(), line);
      case UNETHICAL_REQUEST ->
          unethicalRows =
              Evidence.offer(unethicalRows, SourceFile.INCIDENTS, rank, day, incident.id(), line);
      default -> {
        abuseRows = Evidence.offer(abuseRows, SourceFile.INCIDENTS, rank, day, incident.id(), line);
        if (window.isRecent(day)) {
          recentAbuse++;
        }
      }
    }
    problems = ProblemCount.add(problems, day, window);
  }

  /** Incidents of a kind. */
  public int count(IncidentKind kind) {
    return count[kind.ordinal()];
  }

  /** The sum of the severities (1–5) of the incidents of a kind. */
  public int severity(IncidentKind kind) {
    return severity[kind.ordinal()];
  }

  /**
   * Abusive incidents (all kinds but dishonesty and unethical requests) in the recent part of the
   * window.
   */
  public int recentAbuse() {
    return recentAbuse;
  }

  /** Problem events, for the trend, as {@link ProblemCount} packs them. */
  long problems() {
    return problems;
  }

  /** Attacks, threats, shaming, accusations and rudeness; threats first, then by severity. */
  public List<EvidenceRef> abuseRows() {
    return Evidence.rowsOf(abuseRows);
  }

  public List<EvidenceRef> dishonestyRows() {
    return Evidence.rowsOf(dishonestyRows);
  }

  public List<EvidenceRef> unethicalRows() {
    return Evidence.rowsOf(unethicalRows);
  }
}
