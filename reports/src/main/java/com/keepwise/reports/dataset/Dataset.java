package com.keepwise.reports.dataset;

import com.keepwise.domain.Problem;
import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.dataset.DatasetInfo;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Signal;
import com.keepwise.domain.time.ZoneOffsets;
import com.keepwise.reports.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A dataset directory being read, in two steps: {@link #open} reads {@code dataset.yaml} and {@code
 * customers.csv} (and settles the review date); {@link #readEvents} then streams the event files,
 * several at a time, into a {@link SignalSink}.
 *
 * <p>Nothing is loaded whole: memory grows with the number of customers, not of events. Every
 * problem is collected; whether problems stop the run (strict) or only skip rows (lenient) is the
 * caller's choice.
 */
public final class Dataset {

  private static final Map<SourceFile, EventFile> EVENT_FILES = DataContract.eventFiles();

  private final Path dir;
  private final Sources.Resolved sources;
  private final DatasetInfo info;
  private final boolean asOfGiven;
  private final List<Customer> customers;
  private final CustomerIndex index;
  private final List<ProblemLog> logs = new ArrayList<>();
  private final List<Problem> yamlProblems;
  private final Map<SourceFile, FileSummary> summaries = new EnumMap<>(SourceFile.class);

  /** Per file, the contract column each ignored column was probably meant to be. */
  private final Map<SourceFile, Map<String, String>> meant = new EnumMap<>(SourceFile.class);

  private final DayRange days = new DayRange();

  /**
   * Event rows whose customer_id could not be checked, customers.csv being unreadable, and their
   * files.
   */
  private long uncheckedReferences;

  private final List<String> uncheckedFiles = new ArrayList<>();

  /**
   * Set for {@link #writeProblems}: every problem is copied to it, and the files are read one at a
   * time, in order.
   */
  private Consumer<Problem> everyProblem;

  private final ZoneOffsets zone;

  private Dataset(
      Path dir,
      Sources.Resolved sources,
      DatasetInfo info,
      boolean asOfGiven,
      List<Customer> customers,
      CustomerIndex index,
      ProblemLog customerLog,
      List<Problem> yamlProblems) {
    this.dir = dir;
    this.sources = sources;
    this.info = info;
    this.asOfGiven = asOfGiven;
    this.customers = customers;
    this.index = index;
    this.logs.add(customerLog);
    this.yamlProblems = yamlProblems;
    this.zone = ZoneOffsets.of(info.timeZone());
  }

  /** Unknown column names shown in a notice, at most. */
  private static final int SHOWN_COLUMNS = 5;

  /**
   * Reads {@code dataset.yaml} and {@code customers.csv}. When {@code dataset.yaml} gives no {@code
   * as_of}, the event files are read once more to find the latest day in the data.
   *
   * @throws NoSuchFileException when {@code dir} is not a directory
   */
  public static Dataset open(Path dir) throws IOException {
    return open(dir, null);
  }

  /**
   * As {@link #open(Path)}; {@code everyProblem}, when given, gets every problem as it is found, in
   * file order.
   */
  private static Dataset open(Path dir, Consumer<Problem> everyProblem) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a dataset directory");
    }
    refuseLinksOut(dir);
    List<Problem> yamlProblems = new ArrayList<>();
    DatasetYaml.Read read = readYaml(dir, yamlProblems);
    DatasetYaml yaml = read.yaml();
    Sources.Resolved sources = Sources.resolve(dir, read, yamlProblems);
    ZoneOffsets zone = ZoneOffsets.of(yaml.timeZone());
    List<Customer> customers = new ArrayList<>();
    Optional<Mapping> customerSource = sources.of(SourceFile.CUSTOMERS);
    CustomerIndex index =
        new CustomerIndex(
            customerSource.map(m -> m.export().name()).orElse(SourceFile.CUSTOMERS.fileName()),
            customerSource
                .map(m -> m.header(CustomersFile.CUSTOMER_ID))
                .orElse(CustomersFile.CUSTOMER_ID.header()));
    Table table =
        new Table(
            customerSource.orElse(Mapping.contract(dir, CustomersFile.SCHEMA)), zone, index, true);
    index.expect(table.expectedRows());
    if (everyProblem != null) {
      yamlProblems.forEach(everyProblem);
      table.problems().copyEachTo(everyProblem);
    }
    FileSummary customerSummary;
    if (sources.isUnreadable(SourceFile.CUSTOMERS)) {
      customerSummary =
          FileSummary.missing(
              SourceFile.CUSTOMERS); // its problems are reported at its entry in sources:
    } else if (customerSource.isPresent()) {
      table.onMisshapenRow(
          (id, line) -> {
            if (!id.isEmpty() && index.indexOf(id) < 0) {
              index.skip(id, line);
            }
          });
      table.read(row -> readCustomer(row, index, customers));
      customerSummary = FileSummary.of(SourceFile.CUSTOMERS, table);
    } else {
      table
          .problems()
          .addFileLevel(
              1,
              1,
              "the file is missing (expected customers.csv in "
                  + dir
                  + ", or a customers: entry under sources: in dataset.yaml: it is the one required file)");
      customerSummary = FileSummary.missing(SourceFile.CUSTOMERS);
    }
    index.complete();
    if (table.problems().unreadable()) {
      index.markUnreadable();
    }
    LocalDate latest =
        yaml.asOf().isPresent() ? yaml.asOf().get() : latestDay(sources, zone, index, customers);
    Dataset dataset =
        new Dataset(
            dir,
            sources,
            yaml.info(latest),
            yaml.asOf().isPresent(),
            List.copyOf(customers),
            index,
            table.problems(),
            yamlProblems);
    dataset.everyProblem = everyProblem;
    dataset.summaries.put(SourceFile.CUSTOMERS, customerSummary);
    dataset.meant.put(SourceFile.CUSTOMERS, table.meant());
    customers.forEach(c -> dataset.days.add(c.customerSince()));
    return dataset;
  }

  /**
   * A dataset's file may be a symbolic link to another file in the dataset directory, never out of
   * it: a link to {@code /proc/self/environ} or {@code ~/.ssh/id_rsa} in a dataset from outside
   * would have its contents read, reported and published.
   */
  private static void refuseLinksOut(Path dir) throws IOException {
    Path real = dir.toRealPath();
    List<String> names = new ArrayList<>(List.of(DatasetYaml.FILE_NAME));
    for (SourceFile file : SourceFile.values()) {
      names.add(file.fileName());
    }
    for (String name : names) {
      Path file = dir.resolve(name);
      if (Files.isSymbolicLink(file)
          && (!Files.exists(file) || !file.toRealPath().startsWith(real))) {
        throw new java.nio.file.FileSystemException(
            file.toString(),
            null,
            "is a symbolic link out of the dataset"
                + " directory (expected a file in "
                + dir
                + "; copy the file there instead)");
      }
    }
  }

  /**
   * The directory's {@code dataset.yaml}, or the defaults when it has none; problems go to {@code
   * problems}.
   */
  static DatasetYaml.Read readYaml(Path dir, List<Problem> problems) throws IOException {
    Path yamlFile = dir.resolve(DatasetYaml.FILE_NAME);
    if (Files.isRegularFile(yamlFile)) {
      try {
        return DatasetYaml.load(Files.readString(yamlFile, StandardCharsets.UTF_8), problems);
      } catch (CharacterCodingException e) {
        problems.add(
            new Problem(
                DatasetYaml.FILE_NAME, 1, 1, "has bytes that are not UTF-8 (expected UTF-8 text)"));
      }
    }
    return new DatasetYaml.Read(DatasetYaml.defaults(), new com.keepwise.scoring.yaml.Locations());
  }

  private static void readCustomer(Row row, CustomerIndex index, List<Customer> customers) {
    String id = CustomersFile.rawId(row);
    String checkedId = id;
    if (id != null && !row.idFits(CustomersFile.CUSTOMER_ID, id)) {
      checkedId = null;
    } else if (id != null && index.firstLine(id) > 0) {
      // Used before, by an accepted row or by one with problems: either way this is the second use.
      row.problem(
          CustomersFile.CUSTOMER_ID,
          DuplicateIds.alreadyUsed("customer_id", id, index.firstLine(id)));
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
  private static LocalDate latestDay(
      Sources.Resolved sources, ZoneOffsets zone, CustomerIndex index, List<Customer> customers)
      throws IOException {
    DayRange range = new DayRange();
    customers.forEach(c -> range.add(c.customerSince()));
    for (EventFile file : EVENT_FILES.values()) {
      Optional<Mapping> source = sources.of(file.schema().file());
      if (source.isPresent()) {
        DayRange fileRange = new DayRange();
        new Table(source.get(), zone, index, true)
            .read(
                row -> {
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
   * Streams every event file into {@code sink}, the largest files first, as many at a time as there
   * are processors, and reports what was found in the whole dataset.
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
      if (sources.of(file.schema().file()).isPresent()) {
        present.add(file);
      } else {
        summaries.put(file.schema().file(), FileSummary.missing(file.schema().file()));
      }
    }
    present.sort(Comparator.comparingLong((EventFile f) -> size(f)).reversed());
    if (everyProblem != null) {
      present.sort(Comparator.comparing((EventFile f) -> f.schema().file()));
    }
    int threads = everyProblem != null ? 1 : Math.min(present.size(), Parallel.processors());
    ExecutorService pool = Parallel.pool("reader", Math.max(1, threads));
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
        if (table.uncheckedReferences() > 0) {
          uncheckedReferences += table.uncheckedReferences();
          uncheckedFiles.add(file.fileName());
        }
        summaries.put(file, FileSummary.of(file, table));
        meant.put(file, table.meant());
        days.add(ranges.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    return report();
  }

  private Table readEventFile(EventFile file, SignalSink sink, DayRange range, boolean lenient)
      throws IOException {
    Table table = new Table(sources.of(file.schema().file()).orElseThrow(), zone, index, lenient);
    if (everyProblem != null) {
      table.problems().copyEachTo(everyProblem);
    }
    table.read(
        row -> {
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
      return Files.size(sources.of(file.schema().file()).orElseThrow().export().path());
    } catch (IOException e) {
      return 0;
    }
  }

  private DatasetReport report() {
    List<Problem> problems = new ArrayList<>(yamlProblems.stream().sorted().toList());
    long count = yamlProblems.size();
    long fileProblems = 0;
    logs.sort(Comparator.comparing(log -> fileOrder(log.file())));
    // The files that could not be read at all come first: they are the cause of what follows.
    for (ProblemLog log : logs) {
      if (log.unreadable()) {
        log.kept().stream().sorted().forEach(problems::add);
        count += log.count();
        fileProblems++;
      }
    }
    Optional<Problem> unchecked = uncheckedSummary();
    if (unchecked.isPresent()) {
      problems.add(unchecked.get());
      count++;
    }
    for (ProblemLog log : logs) {
      if (!log.unreadable()) {
        log.kept().stream().sorted().forEach(problems::add);
        count += log.count();
      }
    }
    List<String> notices = new ArrayList<>();
    if (!asOfGiven) {
      notices.add(
          "dataset.yaml gives no as_of: the review date is the latest day in the data, "
              + info.asOf());
    } else {
      asOfNotice().ifPresent(notices::add);
    }
    List<FileSummary> files = new ArrayList<>();
    for (SourceFile file : SourceFile.values()) {
      FileSummary summary = summaries.getOrDefault(file, FileSummary.missing(file));
      files.add(summary);
      if (!summary.ignoredColumns().isEmpty()) {
        // Quoted: an empty name (a trailing comma in the header) must still show.
        // At most a few, each cut short: a header is unparsed input and may hold anything.
        Map<String, String> meantFor = meant.getOrDefault(file, Map.of());
        List<String> ignored = summary.ignoredColumns();
        notices.add(
            file.fileName()
                + ": ignored unknown columns "
                + String.join(
                    ", ",
                    ignored.stream()
                        .limit(SHOWN_COLUMNS)
                        .map(
                            name ->
                                ContractTypes.quote(name)
                                    + (meantFor.containsKey(name)
                                        ? " (did you mean '" + meantFor.get(name) + "'?)"
                                        : ""))
                        .toList())
                + (ignored.size() > SHOWN_COLUMNS
                    ? " and " + (ignored.size() - SHOWN_COLUMNS) + " more"
                    : ""));
      }
      if (!summary.present() && file != SourceFile.CUSTOMERS) {
        notices.add(file.fileName() + " is not in the dataset: none of its events are counted");
      }
    }
    return new DatasetReport(
        info,
        customers.size(),
        files,
        problems,
        count,
        fileProblems > 0,
        notices,
        days.first(),
        days.last(),
        asOfGiven);
  }

  /**
   * What an as_of before the data's latest day means, said where it is easy to miss: a typo in the
   * year (2016 for 2026) would otherwise leave years of rows out of the review without a word.
   */
  private Optional<String> asOfNotice() {
    LocalDate asOf = info.asOf();
    Optional<LocalDate> first = days.first();
    Optional<LocalDate> last = days.last();
    if (first.isEmpty() || last.isEmpty() || !last.get().isAfter(asOf)) {
      return Optional.empty();
    }
    return Optional.of(
        first.get().isAfter(asOf)
            ? "dataset.yaml gives as_of "
                + asOf
                + ", before every day in the data ("
                + first.get()
                + " to "
                + last.get()
                + "): the review counts nothing that happened; is it the review date?"
            : "dataset.yaml gives as_of "
                + asOf
                + ", before the latest day in the data, "
                + last.get()
                + ": the review sees the data as it stood on as_of, and what happened after it does"
                + " not count");
  }

  /**
   * One line for all the event rows whose customer could not be looked up, customers.csv being
   * unreadable.
   */
  private Optional<Problem> uncheckedSummary() {
    if (uncheckedReferences == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Problem(
            SourceFile.CUSTOMERS.fileName(),
            1,
            1,
            String.format(
                Locale.ROOT,
                "cannot be read, so the customer_id of %,d %s in %s %s not checked (expected a readable customers.csv)",
                uncheckedReferences,
                uncheckedReferences == 1 ? "row" : "rows",
                String.join(
                    ", ",
                    uncheckedFiles.stream()
                        .sorted(Comparator.comparing(Dataset::fileOrder))
                        .toList()),
                uncheckedReferences == 1 ? "was" : "were")));
  }

  /**
   * Writes every problem of the dataset, one a line ({@code file:line:column: what is wrong}), in
   * file order: the report's when it kept them all, else those of a second reading, one file at a
   * time, that keeps none and copies each as it is found (the report keeps the first thousand of a
   * file, so that memory does not grow with the rows).
   */
  public void writeProblems(DatasetReport report, boolean lenient, Writer out) throws IOException {
    Consumer<Problem> write =
        problem -> {
          try {
            out.write(problem + "\n");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    try {
      if (report.problems().size() == report.problemCount()) {
        report.problems().forEach(write);
        return;
      }
      Dataset again = open(dir, write);
      again.readEvents((customer, signal, line) -> {}, lenient);
      again.uncheckedSummary().ifPresent(write);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
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
