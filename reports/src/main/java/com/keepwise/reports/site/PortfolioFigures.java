package com.keepwise.reports.site;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Weighed;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures of the whole portfolio, gathered in one pass over the assessments in customer_id
 * order: counts, revenue and cost to serve by action and segment, the risk × value grid, the most
 * urgent cases, where trouble comes from, and which rows the customer pages will show.
 */
final class PortfolioFigures {

  static final int GRID = 10;
  static final int URGENT = 12;

  /** The figures of one group of customers (the portfolio, a segment, an industry…). */
  static final class Group {
    final long[] customers = new long[Action.values().length];
    final double[] revenue = new double[Action.values().length];
    final double[] costToServe = new double[Action.values().length];
    final Map<ReasonCode, long[]> reasonCounts = new EnumMap<>(ReasonCode.class);
    final Map<ReasonCode, double[]> reasonPoints = new EnumMap<>(ReasonCode.class);

    void add(Assessment a, double revenueOf, double costOf) {
      int action = a.decision().action().ordinal();
      customers[action]++;
      revenue[action] += revenueOf;
      costToServe[action] += costOf;
      for (Reason reason : a.decision().reasons()) {
        if (reason.code().kind() == ReasonCode.Kind.RISK) {
          reasonCounts.computeIfAbsent(reason.code(), c -> new long[1])[0]++;
          reasonPoints.computeIfAbsent(reason.code(), c -> new double[1])[0] += reason.points();
        }
      }
    }

    long customers() {
      long total = 0;
      for (long n : customers) {
        total += n;
      }
      return total;
    }

    double revenue() {
      double total = 0;
      for (double r : revenue) {
        total += r;
      }
      return total;
    }

    double costToServe() {
      double total = 0;
      for (double c : costToServe) {
        total += c;
      }
      return total;
    }

    /** Customers whose action moves away from them: reset the terms or worse. */
    long troubled() {
      return customers[Action.RESET_TERMS.ordinal()] + customers[Action.REFER_ELSEWHERE.ordinal()]
          + customers[Action.EXIT_NOW.ordinal()];
    }
  }

  final Group portfolio = new Group();
  final Map<String, Group> segments = new TreeMap<>();
  final Map<String, Map<String, Group>> attributes = new TreeMap<>();
  final Map<String, List<CustomerRow>> rowsBySegment = new TreeMap<>();
  final List<CustomerRow> rows = new ArrayList<>();
  final long[][] grid = new long[GRID][GRID];
  final List<CustomerRow> urgent = new ArrayList<>();
  final Map<SourceFile, BitSet> evidenceLines = new EnumMap<>(SourceFile.class);

  /** Adds one assessment; {@code row} is how it shows in tables, {@code withPage} whether it gets a page. */
  void add(Assessment a, CustomerRow row, boolean withPage) {
    double revenue = a.customer().annualRevenue().toDouble();
    double cost = costToServe(a);
    portfolio.add(a, revenue, cost);
    segments.computeIfAbsent(a.customer().segment(), s -> new Group()).add(a, revenue, cost);
    attribute("industry", a.customer().industry()).ifPresent(g -> g.add(a, revenue, cost));
    attribute("region", a.customer().region()).ifPresent(g -> g.add(a, revenue, cost));
    attribute("tier", a.customer().tier()).ifPresent(g -> g.add(a, revenue, cost));
    rows.add(row);
    rowsBySegment.computeIfAbsent(row.segment(), s -> new ArrayList<>()).add(row);
    int riskCell = Math.min(GRID - 1, (int) (a.decision().risk().value() / (100.0 / GRID)));
    int valueCell = Math.min(GRID - 1, (int) (a.decision().value().value() / (100.0 / GRID)));
    grid[riskCell][valueCell]++;
    keepIfUrgent(row);
    if (withPage) {
      for (Reason reason : a.decision().reasons()) {
        for (EvidenceRef ref : reason.evidence()) {
          evidenceLines.computeIfAbsent(ref.file(), f -> new BitSet()).set(Math.toIntExact(ref.line()));
        }
      }
    }
  }

  private Optional<Group> attribute(String attribute, Optional<String> value) {
    return value.map(v -> attributes.computeIfAbsent(attribute, k -> new TreeMap<>()).computeIfAbsent(v, k -> new Group()));
  }

  /** The most urgent first: exits, then referrals, then the highest risk, then by id. */
  static final Comparator<CustomerRow> URGENCY = Comparator
      .comparingInt((CustomerRow r) -> -r.action().rank())
      .thenComparing(Comparator.comparingDouble(CustomerRow::risk).reversed())
      .thenComparing(CustomerRow::id);

  private void keepIfUrgent(CustomerRow row) {
    if (row.action().rank() < Action.RESET_TERMS.rank()) {
      return;
    }
    urgent.add(row);
    if (urgent.size() > URGENT * 4) {
      urgent.sort(URGENCY);
      urgent.subList(URGENT, urgent.size()).clear();
    }
  }

  List<CustomerRow> urgent() {
    List<CustomerRow> sorted = new ArrayList<>(urgent);
    sorted.sort(URGENCY);
    return sorted.subList(0, Math.min(URGENT, sorted.size()));
  }

  /** Cost to serve a year, as the high-touch criterion measured it (0 when not weighed). */
  static double costToServe(Assessment a) {
    for (Weighed w : a.risk()) {
      if (w.criterion().id().equals("needs_high_touch") && w.measurement().measured()) {
        return w.measurement().value("cost_to_serve");
      }
    }
    return 0;
  }
}
