package com.keepwise.reports.site;

import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.WeighedCriterion;
import com.keepwise.scoring.policy.RiskBand;
import com.keepwise.scoring.policy.ValueBand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures of the whole portfolio, gathered in one pass over the assessments in customer_id
 * order: counts, revenue and cost to serve by action and segment, the risk × value matrix, what is
 * owed and where trouble comes from.
 */
final class PortfolioFigures {

  /** The actions to act on first, each with its customers ranked by the revenue at stake. */
  static final List<Action> ACT_FIRST =
      List.of(Action.EXIT_NOW, Action.REFER_ELSEWHERE, Action.RESET_TERMS);

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
      return customers[Action.RESET_TERMS.ordinal()]
          + customers[Action.REFER_ELSEWHERE.ordinal()]
          + customers[Action.EXIT_NOW.ordinal()];
    }
  }

  final Group portfolio = new Group();
  final Map<String, Group> segments = new TreeMap<>();
  final Map<String, Map<String, Group>> attributes = new TreeMap<>();
  final Map<String, List<CustomerRow>> rowsBySegment = new TreeMap<>();
  final List<CustomerRow> rows = new ArrayList<>();

  /** Customers and revenue per cell of the policy's own bands (risk band × value band). */
  final long[] cellCustomers = new long[RiskBand.values().length * ValueBand.values().length];

  final double[] cellRevenue = new double[cellCustomers.length];

  /** The customers let go, re-termed or watched who still owe money: how many, and how much. */
  final long[] owing = new long[Action.values().length];

  final double[] owed = new double[Action.values().length];

  /** Adds one assessment; {@code row} is how it shows in tables. */
  void add(Assessment a, CustomerRow row) {
    double revenue = a.customer().annualRevenue().toDouble();
    double cost = costToServe(a);
    portfolio.add(a, revenue, cost);
    segments.computeIfAbsent(a.customer().segment(), s -> new Group()).add(a, revenue, cost);
    attribute("industry", a.customer().industry()).ifPresent(g -> g.add(a, revenue, cost));
    attribute("region", a.customer().region()).ifPresent(g -> g.add(a, revenue, cost));
    attribute("tier", a.customer().tier()).ifPresent(g -> g.add(a, revenue, cost));
    rows.add(row);
    rowsBySegment.computeIfAbsent(row.segment(), s -> new ArrayList<>()).add(row);
    cellCustomers[row.cell()]++;
    cellRevenue[row.cell()] += revenue;
    double overdue = overdue(a);
    if (overdue > 0) {
      owing[a.decision().action().ordinal()]++;
      owed[a.decision().action().ordinal()] += overdue;
    }
  }

  private Optional<Group> attribute(String attribute, Optional<String> value) {
    return value.map(
        v ->
            attributes
                .computeIfAbsent(attribute, k -> new TreeMap<>())
                .computeIfAbsent(v, k -> new Group()));
  }

  /** The most urgent first: exits, then referrals, then the highest risk, then by id. */
  static final Comparator<CustomerRow> URGENCY =
      Comparator.comparingInt((CustomerRow r) -> -r.action().rank())
          .thenComparing(Comparator.comparingDouble(CustomerRow::risk).reversed())
          .thenComparing(CustomerRow::id);

  /**
   * The cell of the policy's risk × value matrix, as a number: risk band × value bands + value
   * band.
   */
  static int cell(RiskBand risk, ValueBand value) {
    return risk.ordinal() * ValueBand.values().length + value.ordinal();
  }

  /** The customers of one action, the most revenue at stake first, then by id. */
  List<CustomerRow> byRevenue(Action action) {
    return rows.stream().filter(r -> r.action() == action).sorted(BY_REVENUE).toList();
  }

  /** The customers of one cell of the matrix, the most revenue first. */
  List<CustomerRow> inCell(int cell) {
    return rows.stream().filter(r -> r.cell() == cell).sorted(BY_REVENUE).toList();
  }

  /** The most revenue first, then by id. */
  static final Comparator<CustomerRow> BY_REVENUE =
      Comparator.comparingDouble((CustomerRow r) -> -r.revenue()).thenComparing(CustomerRow::id);

  /** What the customer owes on invoices past due at the review date (0 when nothing). */
  static double overdue(Assessment a) {
    for (WeighedCriterion w : a.risk()) {
      if (w.criterion().id().equals("pays_late") && w.measurement().measured()) {
        return w.measurement().value("overdue_amount");
      }
    }
    return 0;
  }

  /** Cost to serve a year, as the high-touch criterion measured it (0 when not weighed). */
  static double costToServe(Assessment a) {
    for (WeighedCriterion w : a.risk()) {
      if (w.criterion().id().equals("needs_high_touch") && w.measurement().measured()) {
        return w.measurement().value("cost_to_serve");
      }
    }
    return 0;
  }
}
