package com.keepwise.reports.review;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.dataset.DatasetInfo;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.reports.Parallel;
import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.dataset.FileSummary;
import com.keepwise.reports.dataset.SignalSink;
import com.keepwise.scoring.criteria.MeasureContext;
import com.keepwise.scoring.criteria.SegmentNorms;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Scorer;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.signals.ReviewWindow;
import com.keepwise.scoring.signals.SignalTally;
import com.keepwise.scoring.signals.TallyContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

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
  private final SegmentNorms portfolio;

  private PortfolioReview(
      Dataset dataset,
      DatasetReport report,
      SignalTally tally,
      Scorer scorer,
      SegmentNorms portfolio) {
    this.dataset = dataset;
    this.report = report;
    this.tally = tally;
    this.scorer = scorer;
    this.portfolio = portfolio;
    this.order = customerIdOrder(dataset.customers());
  }

  /** The customers' positions sorted by customer_id, as {@link String#compareTo} orders ids. */
  static int[] customerIdOrder(List<Customer> customers) {
    // Comparing positions by following each to its customer's id took 1.5 s for a million
    // customers, cache misses at every comparison. The first eight characters of each id, packed
    // beside its position in an order-preserving way, settle nearly every comparison in place.
    IdKey[] keys = new IdKey[customers.size()];
    for (int i = 0; i < keys.length; i++) {
      String id = customers.get(i).id().value();
      keys[i] = new IdKey(packed(id, 0), packed(id, 4), id, i);
    }
    Arrays.sort(keys);
    int[] positions = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      positions[i] = keys[i].position();
    }
    return positions;
  }

  /**
   * Four characters of {@code id} from {@code from}, 16 bits each, the first highest; 0 past its
   * end. Compared unsigned, these order ids as their characters do, a shorter id before a longer
   * one it begins; equal packs (an id that goes on with U+0000, or ids alike in their first eight
   * characters) leave the order to the ids themselves.
   */
  private static long packed(String id, int from) {
    long packed = 0;
    for (int i = from; i < from + 4; i++) {
      packed = (packed << 16) | (i < id.length() ? id.charAt(i) : 0);
    }
    return packed;
  }

  /** A customer's position with its id, and the id's first characters packed for comparison. */
  private record IdKey(long head, long next, String id, int position) implements Comparable<IdKey> {
    @Override
    public int compareTo(IdKey other) {
      int c = Long.compareUnsigned(head, other.head);
      if (c == 0) {
        c = Long.compareUnsigned(next, other.next);
      }
      return c != 0 ? c : id.compareTo(other.id);
    }
  }

  /**
   * Reads the dataset directory {@code dir} and prepares its review under the policy that {@code
   * policy} loads. The policy loads on a thread of its own while dataset.yaml and customers.csv are
   * read: each takes a second or more, and they need different cores. The report's problems are not
   * judged here (see {@link #of(Dataset, LoadedPolicy)}).
   *
   * @param lenient rows with problems will be skipped and the run will go on
   * @param rowsRead told every few thousand rows how many event rows have been read; null when
   *     nobody asks
   */
  public static PortfolioReview read(
      Path dir,
      Callable<LoadedPolicy> policy,
      boolean lenient,
      Timings timings,
      LongConsumer rowsRead)
      throws IOException {
    ExecutorService loader = Parallel.pool("policy", 1);
    try {
      Future<LoadedPolicy> loading = loader.submit(policy);
      timings.next("load the policy, read dataset.yaml and customers.csv");
      Dataset dataset = Dataset.open(dir);
      return of(dataset, Parallel.join(loading), lenient, timings, rowsRead);
    } finally {
      loader.shutdownNow();
    }
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
  public static PortfolioReview of(
      Dataset dataset, LoadedPolicy loaded, boolean lenient, Timings timings) throws IOException {
    return of(dataset, loaded, lenient, timings, null);
  }

  /**
   * As {@link #of(Dataset, LoadedPolicy, boolean, Timings)}, telling {@code rowsRead} every few
   * thousand rows how many event rows have been read (for progress); null when nobody asks.
   */
  public static PortfolioReview of(
      Dataset dataset, LoadedPolicy loaded, boolean lenient, Timings timings, LongConsumer rowsRead)
      throws IOException {
    Policy policy = loaded.policy();
    timings.next("read events (parse, check, aggregate)");
    DatasetInfo info = dataset.info();
    ReviewWindow window =
        ReviewWindow.of(
            info.asOf(), policy.review().windowMonths(), policy.review().recentMonths());
    TallyContext context =
        new TallyContext(window, policy.businessHours().in(info.timeZone()), info.timeZone());
    SignalTally tally = new SignalTally(dataset.customers(), context);
    DatasetReport report = dataset.readEvents(counted(tally::add, rowsRead), lenient);
    timings.next("portfolio norms, order by customer_id");
    Set<SourceFile> present = EnumSet.noneOf(SourceFile.class);
    report.files().stream().filter(FileSummary::present).forEach(f -> present.add(f.file()));
    SegmentNorms portfolio = SegmentNorms.of(tally, present);
    Scorer scorer =
        new Scorer(
            loaded,
            new MeasureContext(
                portfolio,
                policy.costModel(),
                policy.idealCustomerProfile(),
                policy.newCustomersOrNone()));
    PortfolioReview review = new PortfolioReview(dataset, report, tally, scorer, portfolio);
    timings.done();
    return review;
  }

  /**
   * The sink, telling {@code rowsRead} every few thousand rows how many rows of all files have been
   * read.
   */
  public static SignalSink counted(SignalSink sink, LongConsumer rowsRead) {
    if (rowsRead == null) {
      return sink;
    }
    java.util.concurrent.atomic.LongAdder rows = new java.util.concurrent.atomic.LongAdder();
    return (customer, signal, line) -> {
      sink.accept(customer, signal, line);
      rows.increment();
      if ((line & 0x1FFF) == 0) {
        rowsRead.accept(rows.sum());
      }
    };
  }

  /**
   * The same dataset, as read, reviewed under another policy: no second pass over the files. Only
   * when the policies read events alike ({@link #readsAlike}); otherwise the dataset must be read
   * again.
   */
  public PortfolioReview under(LoadedPolicy other) {
    if (!readsAlike(policy(), other)) {
      throw new IllegalArgumentException(
          "the policies read events differently (review period or business hours)");
    }
    Policy p = other.policy();
    // The norms are of the customers and their signals, not of the policy: shared as they are.
    return new PortfolioReview(
        dataset,
        report,
        tally,
        new Scorer(
            other,
            new MeasureContext(
                portfolio, p.costModel(), p.idealCustomerProfile(), p.newCustomersOrNone())),
        portfolio);
  }

  /**
   * Whether two policies gather the same signals from a dataset: the same review period and
   * business hours. Everything else (weights, thresholds, rules, costs) applies to the signals.
   */
  public static boolean readsAlike(LoadedPolicy a, LoadedPolicy b) {
    return a.policy().review().equals(b.policy().review())
        && a.policy().businessHours().equals(b.policy().businessHours());
  }

  /** The segments the customers belong to, sorted. */
  public java.util.SortedSet<String> segments() {
    java.util.SortedSet<String> segments = new java.util.TreeSet<>();
    for (Customer customer : dataset.customers()) {
      segments.add(customer.segment());
    }
    return segments;
  }

  /**
   * Writes every problem of the dataset to {@code out}, one a line, in file order; the files are
   * read again when the report holds only the first problems.
   */
  public void writeProblems(boolean lenient, java.io.Writer out) throws IOException {
    dataset.writeProblems(report, lenient, out);
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

  /** The customer at a position in customer_id order. */
  public Customer customer(int position) {
    return dataset.customers().get(order[position]);
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
   * The id of a customer written {@code customerId} but for case or surrounding spaces, if there is
   * one.
   */
  public java.util.Optional<String> idAlike(String customerId) {
    String written = customerId.strip();
    return dataset.customers().stream()
        .map(c -> c.id().value())
        .filter(id -> id.equalsIgnoreCase(written))
        .sorted()
        .findFirst();
  }

  /**
   * Hands every customer's assessment to {@code each}, in customer_id order. Chunks of customers
   * are assessed in parallel, with only a few chunks under way at a time, so memory holds a few
   * thousand assessments, never the whole portfolio.
   */
  public void forEachInOrder(Consumer<Assessment> each) {
    forEachInOrder(this::assess, each);
  }

  /**
   * As {@link #forEachInOrder(Consumer)}, with any work per customer position (in customer_id
   * order): for instance assessing each customer under two policies at once.
   */
  public <T> void forEachInOrder(IntFunction<T> work, Consumer<T> each) {
    int threads = Parallel.processors();
    ExecutorService pool = Parallel.pool("scorer", threads);
    try {
      Deque<Future<List<T>>> underWay = new ArrayDeque<>();
      int next = 0;
      while (next < order.length || !underWay.isEmpty()) {
        while (next < order.length && underWay.size() < 2 * threads) {
          int from = next;
          int to = Math.min(order.length, from + CHUNK);
          underWay.add(pool.submit(() -> range(work, from, to)));
          next = to;
        }
        for (T done : joined(underWay.removeFirst())) {
          each.accept(done);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> List<T> range(IntFunction<T> work, int from, int to) {
    List<T> done = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      done.add(work.apply(i));
    }
    return done;
  }

  private static <T> List<T> joined(Future<List<T>> chunk) {
    try {
      return Parallel.join(chunk);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
