package com.keepwise.scoring.criteria;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.SignalTally;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the whole customer base looks like, for measures that are relative (contact volume against
 * the segment's norm, revenue against the segment's other customers, share of all revenue).
 */
public final class SegmentNorms {

  private final Map<String, double[]> sortedRevenueBySegment;
  private final Map<String, Double> contactNormBySegment;
  private final double totalRevenue;
  private final Set<SourceFile> files;
  private final double windowMonths;

  private SegmentNorms(
      Map<String, double[]> revenue,
      Map<String, Double> norms,
      double totalRevenue,
      Set<SourceFile> files,
      double windowMonths) {
    this.sortedRevenueBySegment = revenue;
    this.contactNormBySegment = norms;
    this.totalRevenue = totalRevenue;
    this.files = files;
    this.windowMonths = windowMonths;
  }

  /**
   * The portfolio of a tallied dataset.
   *
   * @param files the dataset's files that are present (a missing file means no events of its kind)
   */
  public static SegmentNorms of(SignalTally tally, Set<SourceFile> files) {
    double months = tally.context().window().months();
    Map<String, Integer> sizes = new HashMap<>();
    for (Customer c : tally.customers()) {
      sizes.merge(c.segment(), 1, Integer::sum);
    }
    Map<String, double[]> revenue = new HashMap<>();
    Map<String, double[]> contacts = new HashMap<>();
    Map<String, Integer> filled = new HashMap<>();
    sizes.forEach(
        (segment, n) -> {
          revenue.put(segment, new double[n]);
          contacts.put(segment, new double[n]);
        });
    double total = 0;
    for (int i = 0; i < tally.size(); i++) {
      var signals = tally.signals(i);
      String segment = signals.customer().segment();
      int at = filled.merge(segment, 1, Integer::sum) - 1;
      double annual = signals.customer().annualRevenue().toDouble();
      revenue.get(segment)[at] = annual;
      contacts.get(segment)[at] = contactsPerMonth(signals, months);
      total += annual;
    }
    Map<String, Double> norms = new HashMap<>();
    revenue.values().forEach(Arrays::sort);
    contacts.forEach(
        (segment, values) -> {
          Arrays.sort(values);
          norms.put(segment, median(values));
        });
    Set<SourceFile> present =
        files.isEmpty() ? EnumSet.noneOf(SourceFile.class) : EnumSet.copyOf(files);
    return new SegmentNorms(revenue, norms, total, present, months);
  }

  /**
   * Contacts the customer started per month (tickets and inbound interactions), over the months
   * they were a customer in the window: a new customer's volume is judged from their start date.
   */
  public static double contactsPerMonth(CustomerSignals signals, double windowMonths) {
    return (signals.tickets().count() + signals.interactions().inbound())
        / activeMonths(signals, windowMonths);
  }

  /**
   * The first day the customer is judged from: the window's start, or their start date if later.
   */
  public static LocalDate judgedFrom(CustomerSignals signals) {
    LocalDate since = signals.customer().customerSince();
    LocalDate start = signals.window().start();
    return since.isAfter(start) ? since : start;
  }

  /**
   * The months of the window the customer was a customer, at least one (a rate over a few days
   * would magnify noise) and at most the window.
   */
  public static double activeMonths(CustomerSignals signals, double windowMonths) {
    double months =
        ChronoUnit.DAYS.between(judgedFrom(signals), signals.window().asOf()) / 30.436875;
    return Math.max(1, Math.min(windowMonths, months));
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return 0;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The median contacts per month of the segment's customers. */
  public double contactNorm(String segment) {
    return contactNormBySegment.getOrDefault(segment, 0.0);
  }

  /** The share of the segment's customers with less revenue, ties counted half (0 to 1). */
  public double revenuePercentile(String segment, double revenue) {
    double[] sorted = sortedRevenueBySegment.get(segment);
    if (sorted == null || sorted.length == 0) {
      return 0;
    }
    int below = lowerBound(sorted, revenue);
    int upTo = upperBound(sorted, revenue);
    return (below + (upTo - below) / 2.0) / sorted.length;
  }

  private static int lowerBound(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** All customers' annual revenue together. */
  public double totalRevenue() {
    return totalRevenue;
  }

  /** Whether the dataset has the file at all. */
  public boolean has(SourceFile file) {
    return files.contains(file);
  }

  /** The review window's length in months. */
  public double windowMonths() {
    return windowMonths;
  }
}
