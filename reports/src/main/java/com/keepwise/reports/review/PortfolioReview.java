package com.keepwise.reports.review;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.dataset.DatasetInfo;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.reports.Parallel;
import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.dataset.FileSummary;
import com.keepwise.scoring.criteria.MeasureContext;
import com.keepwise.scoring.criteria.Portfolio;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Scorer;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.signals.ReviewWindow;
import com.keepwise.scoring.signals.SignalTally;
import com.keepwise.scoring.signals.TallyContext;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A dataset reviewed under a policy: read in one streaming pass into per-customer signals, then
 * assessed customer by customer, on demand, in customer_id order.
 */
public final class PortfolioReview {

  /** Customers assessed per task when assessing in parallel. */
  private static final int CHUNK = 4_096;

  private final Dataset dataset;
  private final DatasetReport report;
  private final SignalTally tally;
  private final Scorer scorer;
  private final int[] order;

  private PortfolioReview(Dataset dataset, DatasetReport report, SignalTally tally, Scorer scorer) {
    this.dataset = dataset;
    this.report = report;
    this.tally = tally;
    this.scorer = scorer;
    List<Customer> customers = dataset.customers();
    this.order = IntStream.range(0, customers.size()).boxed()
        .sorted(Comparator.comparing(i -> customers.get(i).id()))
        .mapToInt(Integer::intValue).toArray();
  }

  /**
   * Reads the dataset and prepares the assessment. The report's problems are not judged here: the
   * caller decides whether they stop the run (strict) or only skipped rows (lenient).
   */
  public static PortfolioReview of(Dataset dataset, LoadedPolicy loaded) throws IOException {
    return of(dataset, loaded, false, new Timings());
  }

  /**
   * As {@link #of(Dataset, LoadedPolicy)}, recording where the time goes.
   *
   * @param lenient rows with problems will be skipped and the run will go on
   */
  public static PortfolioReview of(Dataset dataset, LoadedPolicy loaded, boolean lenient, Timings timings) throws IOException {
    Policy policy = loaded.policy();
    timings.next("read events (parse, check, aggregate)");
    DatasetInfo info = dataset.info();
    ReviewWindow window = ReviewWindow.of(info.asOf(), policy.review().windowMonths(), policy.review().recentMonths());
    TallyContext context = new TallyContext(window, policy.businessHours().in(info.timeZone()), info.timeZone());
    SignalTally tally = new SignalTally(dataset.customers(), context);
    DatasetReport report = dataset.readEvents(tally::add, lenient);
    timings.next("portfolio norms, order by customer_id");
    Set<SourceFile> present = EnumSet.noneOf(SourceFile.class);
    report.files().stream().filter(FileSummary::present).forEach(f -> present.add(f.file()));
    Portfolio portfolio = Portfolio.of(tally, present);
    Scorer scorer = new Scorer(loaded, new MeasureContext(portfolio, policy.costModel(), policy.idealCustomerProfile()));
    PortfolioReview review = new PortfolioReview(dataset, report, tally, scorer);
    timings.done();
    return review;
  }

  public DatasetReport report() {
    return report;
  }

  public DatasetInfo info() {
    return dataset.info();
  }

  public LoadedPolicy policy() {
    return scorer.policy();
  }

  public int size() {
    return order.length;
  }

  public ReviewWindow window() {
    return tally.context().window();
  }

  /** The customer's assessment, by position in customer_id order. */
  public Assessment assess(int position) {
    return scorer.assess(tally.signals(order[position]));
  }

  /** The assessment of the customer with this id, if there is one. */
  public java.util.Optional<Assessment> assess(String customerId) {
    List<Customer> customers = dataset.customers();
    int lo = 0;
    int hi = order.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = customers.get(order[mid]).id().value().compareTo(customerId);
      if (c == 0) {
        return java.util.Optional.of(assess(mid));
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Hands every customer's assessment to {@code each}, in customer_id order. Chunks of customers are
   * assessed in parallel, with only a few chunks under way at a time, so memory holds a few
   * thousand assessments, never the whole portfolio.
   */
  public void forEachInOrder(Consumer<Assessment> each) {
    forEachInOrder(Function.identity(), each);
  }

  /**
   * Like {@link #forEachInOrder(Consumer)}, with {@code prepare} run on the assessing threads —
   * for the work that needs no order, such as turning a decision into text — and {@code each}
   * given what it made, in customer_id order.
   */
  public <T> void forEachInOrder(Function<Assessment, T> prepare, Consumer<T> each) {
    int threads = Parallel.processors();
    ExecutorService pool = Parallel.pool("scorer", threads);
    try {
      Deque<Future<List<T>>> underWay = new ArrayDeque<>();
      int next = 0;
      while (next < order.length || !underWay.isEmpty()) {
        while (next < order.length && underWay.size() < 2 * threads) {
          int from = next;
          int to = Math.min(order.length, from + CHUNK);
          underWay.add(pool.submit(() -> assessRange(from, to, prepare)));
          next = to;
        }
        for (T prepared : joined(underWay.removeFirst())) {
          each.accept(prepared);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> List<T> joined(Future<List<T>> chunk) {
    try {
      return Parallel.join(chunk);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private <T> List<T> assessRange(int from, int to, Function<Assessment, T> prepare) {
    List<T> assessed = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      assessed.add(prepare.apply(assess(i)));
    }
    return assessed;
  }
}
