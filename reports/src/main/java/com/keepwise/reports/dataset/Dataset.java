package com.keepwise.reports.dataset;

import com.keepwise.domain.Problem;
import com.keepwise.domain.time.ZoneOffsets;
import com.keepwise.reports.Parallel;
import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.dataset.DatasetInfo;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Signal;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A dataset directory being read, in two steps: {@link #open} reads {@code dataset.yaml} and
 * {@code customers.csv} (and settles the review date); {@link #readEvents} then streams the event
 * files, several at a time, into a {@link SignalSink}.
 *
 * <p>Nothing is loaded whole: memory grows with the number of customers, not of events. Every
 * problem is collected; whether problems stop the run (strict) or only skip rows (lenient) is the
 * caller's choice.
 */
public final class Dataset {

  private static final Map<SourceFile, EventFile> EVENT_FILES = DataContract.eventFiles();

  private final Path dir;
  private final DatasetInfo info;
  private final boolean asOfGiven;
  private final List<Customer> customers;
  private final CustomerIndex index;
  private final List<ProblemLog> logs = new ArrayList<>();
  private final List<Problem> yamlProblems;
  private final Map<SourceFile, FileSummary> summaries = new EnumMap<>(SourceFile.class);
  private final DayRange days = new DayRange();
  private final ZoneOffsets zone;

  private Dataset(Path dir, DatasetInfo info, boolean asOfGiven, List<Customer> customers, CustomerIndex index,
      ProblemLog customerLog, List<Problem> yamlProblems) {
    this.dir = dir;
    this.info = info;
    this.asOfGiven = asOfGiven;
    this.customers = customers;
    this.index = index;
    this.logs.add(customerLog);
    this.yamlProblems = yamlProblems;
    this.zone = ZoneOffsets.of(info.timeZone());
  }

  /**
   * Reads {@code dataset.yaml} and {@code customers.csv}. When {@code dataset.yaml} gives no
   * {@code as_of}, the event files are read once more to find the latest day in the data.
   *
   * @throws NoSuchFileException when {@code dir} is not a directory
   */
  public static Dataset open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a dataset directory");
    }
    List<Problem> yamlProblems = new ArrayList<>();
    DatasetYaml yaml = DatasetYaml.defaults();
    Path yamlFile = dir.resolve(DatasetYaml.FILE_NAME);
    if (Files.isRegularFile(yamlFile)) {
      try {
        yaml = DatasetYaml.read(Files.readString(yamlFile, StandardCharsets.UTF_8), yamlProblems);
      } catch (CharacterCodingException e) {
        yamlProblems.add(new Problem(DatasetYaml.FILE_NAME, 1, 1, "has bytes that are not UTF-8 (expected UTF-8 text)"));
      }
    }
    ZoneOffsets zone = ZoneOffsets.of(yaml.timeZone());
    CustomerIndex index = new CustomerIndex();
    List<Customer> customers = new ArrayList<>();
    Path customerFile = dir.resolve(SourceFile.CUSTOMERS.fileName());
    Table table = new Table(customerFile, CustomersFile.SCHEMA, zone, index, true);
    FileSummary customerSummary;
    if (Files.isRegularFile(customerFile)) {
      table.onMisshapenRow((id, line) -> {
        if (!id.isEmpty() && index.indexOf(id) < 0) {
          index.skip(id, line);
        }
      });
      table.read(row -> readCustomer(row, index, customers));
      customerSummary = FileSummary.of(SourceFile.CUSTOMERS, table);
    } else {
      table.problems().add(1, 1, "the file is missing (expected customers.csv in " + dir + ": it is the one required file)");
      customerSummary = FileSummary.missing(SourceFile.CUSTOMERS);
    }
    LocalDate latest = yaml.asOf().isPresent() ? yaml.asOf().get() : latestDay(dir, zone, index, customers);
    Dataset dataset = new Dataset(dir, yaml.info(latest), yaml.asOf().isPresent(), List.copyOf(customers), index,
        table.problems(), yamlProblems);
    dataset.summaries.put(SourceFile.CUSTOMERS, customerSummary);
    customers.forEach(c -> dataset.days.add(c.customerSince()));
    return dataset;
  }

  private static void readCustomer(Row row, CustomerIndex index, List<Customer> customers) {
    String id = CustomersFile.rawId(row);
    String checkedId = id;
    if (id != null && !row.idFits(CustomersFile.CUSTOMER_ID, id)) {
      checkedId = null;
    } else if (id != null && index.firstLine(id) > 0) {
      // Used before, by an accepted row or by one with problems: either way this is the second use.
      row.problem(CustomersFile.CUSTOMER_ID, DuplicateIds.alreadyUsed("customer_id", id, index.firstLine(id)));
      checkedId = null;
    }
    Customer customer = CustomersFile.parse(row, checkedId);
    if (customer != null) {
      index.accept(customer.id(), row.line());
      customers.add(customer);
    } else if (id != null && index.indexOf(id) < 0) {
      index.skip(id, row.line());
    }
  }

  /** The latest day of any event or customer_since: the default review date. */
  private static LocalDate latestDay(Path dir, ZoneOffsets zone, CustomerIndex index, List<Customer> customers)
      throws IOException {
    DayRange range = new DayRange();
    customers.forEach(c -> range.add(c.customerSince()));
    for (EventFile file : EVENT_FILES.values()) {
      Path path = dir.resolve(file.schema().file().fileName());
      if (Files.isRegularFile(path)) {
        DayRange fileRange = new DayRange();
        new Table(path, file.schema(), zone, index, true).read(row -> {
          Signal signal = file.parse(row);
          if (signal != null) {
            fileRange.add(signal.day());
          }
        });
        range.add(fileRange);
      }
    }
    return range.last().orElse(LocalDate.of(1970, 1, 1));
  }

  public Path dir() {
    return dir;
  }

  public DatasetInfo info() {
    return info;
  }

  /** The valid customers, in file order; a customer's index is its position here. */
  public List<Customer> customers() {
    return customers;
  }

  /**
   * Streams every event file into {@code sink}, the largest files first, as many at a time as
   * there are processors, and reports what was found in the whole dataset.
   */
  public DatasetReport readEvents(SignalSink sink) throws IOException {
    return readEvents(sink, false);
  }

  /**
   * As {@link #readEvents(SignalSink)}; {@code lenient} when rows with problems are to be skipped
   * and the run goes on, so that duplicate ids are caught as they come rather than after the pass.
   */
  public DatasetReport readEvents(SignalSink sink, boolean lenient) throws IOException {
    List<EventFile> present = new ArrayList<>();
    for (EventFile file : EVENT_FILES.values()) {
      Path path = dir.resolve(file.schema().file().fileName());
      if (Files.isRegularFile(path)) {
        present.add(file);
      } else {
        summaries.put(file.schema().file(), FileSummary.missing(file.schema().file()));
      }
    }
    present.sort(Comparator.comparingLong((EventFile f) -> size(f)).reversed());
    ExecutorService pool = Parallel.pool("reader", Math.min(present.size(), Parallel.processors()));
    try {
      List<Future<Table>> tables = new ArrayList<>();
      List<DayRange> ranges = new ArrayList<>();
      for (EventFile file : present) {
        DayRange range = new DayRange();
        ranges.add(range);
        tables.add(pool.submit(() -> readEventFile(file, sink, range, lenient)));
      }
      for (int i = 0; i < tables.size(); i++) {
        Table table = Parallel.join(tables.get(i));
        SourceFile file = present.get(i).schema().file();
        logs.add(table.problems());
        summaries.put(file, FileSummary.of(file, table));
        days.add(ranges.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    return report();
  }

  private Table readEventFile(EventFile file, SignalSink sink, DayRange range, boolean lenient) throws IOException {
    Table table = new Table(dir.resolve(file.schema().file().fileName()), file.schema(), zone, index, lenient);
    table.read(row -> {
      Signal signal = file.parse(row);
      if (signal != null) {
        range.add(signal.day());
        sink.accept(row.customerIndex(), signal, row.line());
      }
    });
    return table;
  }

  private long size(EventFile file) {
    try {
      return Files.size(dir.resolve(file.schema().file().fileName()));
    } catch (IOException e) {
      return 0;
    }
  }

  private DatasetReport report() {
    List<Problem> problems = new ArrayList<>(yamlProblems);
    long count = yamlProblems.size();
    logs.sort(Comparator.comparing(log -> fileOrder(log.file())));
    for (ProblemLog log : logs) {
      log.kept().stream().sorted().forEach(problems::add);
      count += log.count();
    }
    List<String> notices = new ArrayList<>();
    if (!asOfGiven) {
      notices.add("dataset.yaml gives no as_of: the review date is the latest day in the data, " + info.asOf());
    }
    List<FileSummary> files = new ArrayList<>();
    for (SourceFile file : SourceFile.values()) {
      FileSummary summary = summaries.getOrDefault(file, FileSummary.missing(file));
      files.add(summary);
      if (!summary.ignoredColumns().isEmpty()) {
        // Quoted: an empty name (a trailing comma in the header) must still show.
        notices.add(file.fileName() + ": ignored unknown columns "
            + String.join(", ", summary.ignoredColumns().stream().map(ContractTypes::quote).toList()));
      }
      if (!summary.present() && file != SourceFile.CUSTOMERS) {
        notices.add(file.fileName() + " is not in the dataset: none of its events are counted");
      }
    }
    return new DatasetReport(info, customers.size(), files, problems, count, notices, days.first(), days.last(), asOfGiven);
  }

  private static int fileOrder(String fileName) {
    for (SourceFile file : SourceFile.values()) {
      if (file.fileName().equals(fileName)) {
        return file.ordinal();
      }
    }
    return -1;
  }

  /** The earliest and latest day seen. */
  private static final class DayRange {
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    void add(LocalDate day) {
      long epochDay = day.toEpochDay();
      first = Math.min(first, epochDay);
      last = Math.max(last, epochDay);
    }

    void add(DayRange other) {
      first = Math.min(first, other.first);
      last = Math.max(last, other.last);
    }

    Optional<LocalDate> first() {
      return first == Long.MAX_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(first));
    }

    Optional<LocalDate> last() {
      return last == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(last));
    }
  }
}
