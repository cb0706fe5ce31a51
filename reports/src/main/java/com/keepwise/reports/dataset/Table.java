package com.keepwise.reports.dataset;

import com.keepwise.domain.time.ZoneOffsets;
import com.keepwise.reports.dataset.source.Cursor;
import com.keepwise.reports.dataset.source.Fields;
import com.keepwise.reports.dataset.source.StrictUtf8Reader;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * One contract file being read: its header checked against the {@link Schema}, then every row
 * handed to a consumer as a {@link Row}, with the problems of the file collected on the way. The
 * rows come from the contract's own CSV file or from a client's export, as its {@link Mapping}
 * says.
 *
 * <p>A table is read by one thread; different tables may be read at the same time.
 */
final class Table {

  private final Mapping mapping;
  private final Schema schema;
  private final ZoneOffsets zone;
  private final CustomerIndex customers;
  private final ProblemLog problems;
  private final RowIds ids;
  private final long expectedRows;
  private final DuplicateIds duplicates = new DuplicateIds();
  private final Map<String, Optional<String>> shared = new HashMap<>();
  private final List<String> ignoredColumns = new ArrayList<>();

  /** The contract column each ignored column was probably meant to be, when one is near. */
  private final Map<String, String> meant = new HashMap<>();

  /** The fields of the columns the contract does not know, and their names. */
  private int[] ignoredFields = new int[0];

  private String[] ignoredNames = new String[0];
  private ObjLongConsumer<String> misshapenRowIds = (id, line) -> {};
  private Cursor reader;
  private long rows;
  private long badRows;
  private long uncheckedReferences;

  /** Which rows (1 = the first after the header) have problems, so that none is counted twice. */
  private final BitSet badRowOrdinals = new BitSet();

  private int headerSize;

  /** Per schema column, the well-formed rows with a value in it; for the data-quality page. */
  private long[] filled = new long[0];

  private int[] filledFields = new int[0];

  /**
   * The field of the file's first date or datetime column, and the earliest and latest day in it.
   */
  private int dateField = -1;

  private Column dateColumn;
  private String firstDay = "";
  private String lastDay = "";

  /**
   * The epoch days of {@link #firstDay} and {@link #lastDay} when both are real days, else an empty
   * range: a mapped export's day read directly within them changes nothing and needs no text.
   */
  private long firstEpochDay = Long.MAX_VALUE;

  private long lastEpochDay = Long.MIN_VALUE;

  /**
   * @param lenient duplicates are found as they come, so their rows can be skipped; a strict read
   *     finds them after the pass, which is faster
   */
  Table(Mapping mapping, ZoneOffsets zone, CustomerIndex customers, boolean lenient) {
    this.mapping = mapping;
    this.schema = mapping.schema();
    this.zone = zone;
    this.customers = customers;
    this.problems = new ProblemLog(mapping.export().name());
    this.expectedRows = estimatedRows(mapping.export().path());
    this.ids = lenient ? new IdSet(expectedRows) : new IdLedger(expectedRows);
  }

  /**
   * About how many rows the file has, told from its size and its first lines; 0 for a workbook,
   * whose bytes are compressed.
   */
  long expectedRows() {
    return mapping.export().isSheet() ? 0 : expectedRows;
  }

  /** The file's rows, estimated from its size and the length of its first lines. */
  private static long estimatedRows(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] sample = in.readNBytes(1 << 16);
      long newlines = 0;
      for (byte b : sample) {
        if (b == '\n') {
          newlines++;
        }
      }
      return newlines == 0 ? 16 : Files.size(path) * newlines / sample.length;
    } catch (IOException e) {
      return 16;
    }
  }

  ProblemLog problems() {
    return problems;
  }

  Mapping mapping() {
    return mapping;
  }

  ZoneOffsets zone() {
    return zone;
  }

  RowIds ids() {
    return ids;
  }

  DuplicateIds duplicates() {
    return duplicates;
  }

  CustomerIndex customers() {
    return customers;
  }

  boolean mayHaveMalformedBytes() {
    return reader.malformedSequences() > 0;
  }

  /** One copy of a repeating value for all rows (segments, regions, tiers, categories). */
  String shared(String value) {
    return sharedOptional(value).get();
  }

  /** The same, as an optional, so that repeating optional values allocate nothing either. */
  Optional<String> sharedOptional(String value) {
    if (shared.size() > 10_000) {
      return Optional.of(value); // not a repeating value after all: don't hold on to it
    }
    return shared.computeIfAbsent(value, Optional::of);
  }

  long rows() {
    return rows;
  }

  long badRows() {
    return badRows;
  }

  /** A row whose customer could not be looked up, customers.csv being unreadable. */
  void uncheckedReference() {
    uncheckedReferences++;
  }

  long uncheckedReferences() {
    return uncheckedReferences;
  }

  Map<String, String> meant() {
    return meant;
  }

  List<String> ignoredColumns() {
    return ignoredColumns;
  }

  /**
   * Tells {@code ids} the id (first column) and line of each row whose field count is wrong: it is
   * never handed to the handler, yet the id was used.
   */
  void onMisshapenRow(ObjLongConsumer<String> ids) {
    this.misshapenRowIds = ids;
  }

  /** Reads the file, handing each row to {@code handler}, which reads it and checks it. */
  void read(Consumer<Row> handler) throws IOException {
    try (Cursor text = mapping.export().open()) {
      reader = text;
      int[] fieldOf = header(text);
      if (fieldOf == null) {
        return;
      }
      Row row = new Row(this, fieldOf);
      // A sheet leaves out the empty cells at the end of a row: its rows are as long as they are.
      int fields = mapping.export().isSheet() ? -1 : headerSize;
      filledFields = fieldOf;
      filled = new long[schema.columns().size()];
      for (int c = 0; c < schema.columns().size() && dateField < 0; c++) {
        ColumnType type = schema.columns().get(c).type();
        if ((type == ColumnType.DATE || type == ColumnType.DATETIME) && fieldOf[c] >= 0) {
          dateField = fieldOf[c];
          dateColumn = schema.columns().get(c);
        }
      }
      for (Fields record = text.next(); record != null; record = text.next()) {
        rows++;
        if (fields >= 0 && record.count() != fields) {
          fieldCountProblem(record, fields);
          countBadRow(rows);
          int idField = fieldOf[0];
          if (idField >= 0 && idField < record.count()) {
            misshapenRowIds.accept(record.get(idField), record.line());
          }
          continue;
        }
        row.reset(record);
        tally(row, record);
        if (ignoredFields.length > 0 && text.malformedSequences() > 0) {
          checkIgnoredFields(row, record);
        }
        handler.accept(row);
        if (row.isBad()) {
          countBadRow(rows);
        }
      }
    } catch (CsvParseException e) {
      // FastCSV cannot go on after a broken quote or a limit: the rest of the file is not read.
      reportStop(e);
      if (headerSize > 0) { // else it stopped in the header: no row was read
        rows++;
        countBadRow(rows);
      }
    }
    if (!duplicates.isEmpty()) {
      reportDuplicates();
    }
    if (ids instanceof IdLedger ledger) {
      Set<Long> suspects = ledger.sharedHashes();
      if (!suspects.isEmpty()) {
        reportLedgerDuplicates(suspects);
      }
    }
  }

  /** Which columns the row fills, and where its day falls in the file's range. */
  private void tally(Row row, Fields record) {
    for (int c = 0; c < filled.length; c++) {
      int field = filledFields[c];
      if (field >= 0 && field < record.count() && !record.get(field).isBlank()) {
        filled[c]++;
      }
    }
    if (dateField >= 0 && dateField < record.count()) {
      if (mapping.mapped()) {
        long day = row.directDay(dateColumn);
        if (day != Mapping.UNREAD && day >= firstEpochDay && day <= lastEpochDay) {
          return;
        }
      }
      String written = record.get(dateField);
      // A mapped export's day is read in its dialect; a value that is not one is the reader's to
      // report.
      String value = mapping.mapped() ? row.contractText(dateColumn, written) : written.strip();
      value = value == null ? "" : value;
      // ISO days and datetimes sort as text; anything else is the reader's problem to report, not a
      // day.
      // Compared in place: a day is cut out only when it is a new first or last one, not per row.
      if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
        boolean wider = false;
        if (firstDay.isEmpty() || compareDay(value, firstDay) < 0) {
          firstDay = value.substring(0, 10);
          wider = true;
        }
        if (lastDay.isEmpty() || compareDay(value, lastDay) > 0) {
          lastDay = value.substring(0, 10);
          wider = true;
        }
        if (wider && mapping.mapped()) {
          java.time.LocalDate first = ContractTypes.date(firstDay);
          java.time.LocalDate last = ContractTypes.date(lastDay);
          boolean real = first != null && last != null;
          firstEpochDay = real ? first.toEpochDay() : Long.MAX_VALUE;
          lastEpochDay = real ? last.toEpochDay() : Long.MIN_VALUE;
        }
      }
    }
  }

  /**
   * The first ten characters of {@code value} compared with {@code day} (ten characters), as {@code
   * value.substring(0, 10).compareTo(day)} does, without the substring.
   */
  static int compareDay(String value, String day) {
    for (int i = 0; i < 10; i++) {
      int c = value.charAt(i) - day.charAt(i);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** How complete each column is: per schema column, by its header, the rows with a value in it. */
  Map<String, Long> filledColumns() {
    Map<String, Long> columns = new java.util.LinkedHashMap<>();
    for (int c = 0; c < filled.length; c++) {
      if (filledFields[c] >= 0) {
        columns.put(schema.columns().get(c).header(), filled[c]);
      }
    }
    return columns;
  }

  /** The earliest and the latest day of the file's first date column; empty when it has none. */
  Optional<java.time.LocalDate[]> days() {
    try {
      return firstDay.isEmpty()
          ? Optional.empty()
          : Optional.of(
              new java.time.LocalDate[] {
                java.time.LocalDate.parse(firstDay), java.time.LocalDate.parse(lastDay)
              });
    } catch (java.time.format.DateTimeParseException notADay) {
      return Optional.empty();
    }
  }

  /**
   * Counts a row as having problems, once however many it has; {@code ordinal} 1 is the first row
   * after the header.
   */
  private void countBadRow(long ordinal) {
    if (ordinal > Integer.MAX_VALUE) {
      badRows++;
    } else if (!badRowOrdinals.get((int) ordinal)) {
      badRowOrdinals.set((int) ordinal);
      badRows++;
    }
  }

  /**
   * Reads the file once more for the rows whose id hash is shared, and reports each id used twice
   * at its later uses, comparing the ids themselves: a shared hash alone is never reported.
   */
  private void reportLedgerDuplicates(Set<Long> suspects) throws IOException {
    Column id = schema.columns().get(0);
    Map<String, List<long[]>> uses = new HashMap<>();
    try (Cursor text = mapping.export().open()) {
      Fields header = text.next();
      int field = indexOf(header, mapping.header(id));
      long ordinal = 0;
      for (Fields record = text.next(); record != null; record = text.next()) {
        ordinal++;
        if (field < record.count() && sameShape(record)) {
          String value = record.get(field);
          if (!value.isEmpty() && suspects.contains(IdSet.hash(value))) {
            uses.computeIfAbsent(value, v -> new ArrayList<>())
                .add(new long[] {record.line(), field + 1, ordinal});
          }
        }
      }
    } catch (CsvParseException e) {
      // Already reported by the first reading; the rows found so far still count.
    }
    uses.forEach(
        (value, lines) -> {
          for (int i = 1; i < lines.size(); i++) {
            problems.add(
                lines.get(i)[0],
                (int) lines.get(i)[1],
                DuplicateIds.alreadyUsed(mapping.name(id), value, lines.get(0)[0]));
            countBadRow(lines.get(i)[2]); // the row may have had other problems already
          }
        });
  }

  /**
   * True when the row has as many fields as the header, or comes from a sheet, whose rows may be
   * shorter.
   */
  private boolean sameShape(Fields record) {
    return mapping.export().isSheet() || record.count() == headerSize;
  }

  /** The position of the field named {@code name} in the header, or -1. */
  private static int indexOf(Fields header, String name) {
    for (int i = 0; header != null && i < header.count(); i++) {
      if (header.get(i).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Maps each schema column to its field; null when the file cannot be read, which is a file-level
   * problem.
   */
  private int[] header(Cursor records) throws IOException {
    Fields header = records.next();
    if (header == null) {
      problems.addFileLevel(1, 1, "the file is empty (expected a header row naming the columns)");
      return null;
    }
    headerSize = header.count();
    // A sheet's header is its first row with a value, not always row 1.
    long line = header.line();
    Set<String> known = new HashSet<>();
    schema.columns().forEach(column -> known.add(mapping.header(column)));
    Map<String, Integer> fieldByName = new HashMap<>();
    List<Integer> unknownFields = new ArrayList<>();
    boolean unreadable = false;
    for (int i = 0; i < headerSize; i++) {
      String name = header.get(i);
      if (reader.malformedSequences() > 0 && name.indexOf(StrictUtf8Reader.REPLACEMENT) >= 0) {
        problems.add(
            line,
            i + 1,
            "column name "
                + ContractTypes.quote(name)
                + " has bytes that are not UTF-8 (expected UTF-8 text)");
      }
      if (!known.contains(name)) {
        unknownFields.add(
            i); // ignored, however often it appears (trailing empty header cells, say)
        if (!fieldByName.containsKey(name)) {
          fieldByName.put(name, i);
        }
        continue;
      }
      Integer before = fieldByName.putIfAbsent(name, i);
      if (before != null) {
        problems.addFileLevel(
            line,
            i + 1,
            "column "
                + ContractTypes.quote(name)
                + " appears twice, also as column "
                + (before + 1)
                + " (expected each column once)");
        unreadable = true; // which of the two holds the values?
      }
    }
    int[] fieldOf = new int[schema.columns().size()];
    List<String> missing = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (Column column : schema.columns()) {
      Integer field = fieldByName.remove(mapping.header(column));
      fieldOf[column.ordinal()] = field == null ? -1 : field;
      if (field == null) {
        absent.add(mapping.header(column));
        if (column.required()) {
          missing.add(mapping.header(column));
        }
      }
    }
    fieldByName.keySet().stream().sorted().forEach(ignoredColumns::add);
    for (String name : ignoredColumns) {
      HeaderNames.meant(name, absent).ifPresent(column -> meant.put(name, column));
    }
    ignoredFields = unknownFields.stream().mapToInt(Integer::intValue).toArray();
    ignoredNames = unknownFields.stream().map(header::get).toArray(String[]::new);
    if (!missing.isEmpty()) {
      Optional<String> separator =
          HeaderNames.otherSeparator(
              java.util.stream.IntStream.range(0, headerSize).mapToObj(header::get).toList(),
              known);
      if (separator.isPresent()) {
        problems.addFileLevel(
            line,
            1,
            "the columns are separated by "
                + separator.get()
                + " (expected commas: save the file as CSV with commas between the columns)");
        return null;
      }
      StringBuilder named = new StringBuilder();
      for (int i = 0; i < ignoredNames.length; i++) {
        String column = meant.get(ignoredNames[i]);
        if (column != null && missing.contains(column)) {
          named
              .append(named.length() == 0 ? ": " : "; ")
              .append("column ")
              .append(ignoredFields[i] + 1)
              .append(" is ")
              .append(ContractTypes.quote(ignoredNames[i]))
              .append(", did you mean '")
              .append(column)
              .append("'?");
        }
      }
      problems.addFileLevel(
          line,
          1,
          "missing required column"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing)
              + named
              + " (expected the columns "
              + requiredColumns()
              + ")");
      return null;
    }
    return unreadable ? null : fieldOf;
  }

  private String requiredColumns() {
    return String.join(
        ", ", schema.columns().stream().filter(Column::required).map(mapping::header).toList());
  }

  private void fieldCountProblem(Fields record, int expected) {
    int found = record.count();
    String what =
        found < expected
            ? "the row ends after " + found + (found == 1 ? " field" : " fields")
            : "the row has " + found + " fields";
    problems.add(
        record.line(),
        Math.min(found, expected) + 1,
        what + " (expected " + expected + ", as in the header)");
  }

  /**
   * The row FastCSV stopped on, in the contract's words; anything else is a bug, not the user's.
   */
  private void reportStop(CsvParseException e) {
    String message = String.valueOf(e.getMessage());
    long line = startLine(e);
    if (e.getCause() != null) {
      throw new IllegalStateException(
          "reading " + mapping.export().path() + " failed at line " + line, e.getCause());
    }
    if (message.startsWith("Unclosed quoted field")) {
      problems.add(
          line,
          1,
          "a quoted field is never closed (expected a closing \" before the end of the file)");
    } else if (message.contains("maximum limit of") && message.contains("fields")) {
      problems.add(
          line,
          1,
          "the row has more than "
              + number(message, "limit of ")
              + " fields, too many to read on"
              + " (expected "
              + (headerSize > 0
                  ? headerSize + ", as in the header"
                  : "a header naming the contract's columns")
              + ")");
    } else if (message.startsWith("Field at index")) {
      int field = (int) number(message, "index ") + 1;
      problems.add(
          line,
          field,
          "the field is longer than "
              + number(message, "size of ")
              + " characters, too long to read on"
              + " (expected a field of at most "
              + number(message, "size of ")
              + " characters)");
    } else if (message.startsWith("The maximum buffer size")) {
      // FastCSV's buffer holds one field: a very long field, or a quote left open in a large file.
      long limit = number(message, "buffer size of ");
      problems.add(
          line,
          1,
          "a field is longer than "
              + limit
              + " characters, too long to read on"
              + " (expected at most "
              + limit
              + " characters, and a closing \" for every quoted field)");
    } else {
      problems.add(
          line, 1, "the rest of the file cannot be read: " + message + " (expected RFC 4180 CSV)");
    }
  }

  /** The number after {@code label} in a FastCSV message. */
  private static long number(String message, String label) {
    int at = message.indexOf(label);
    String digits = at < 0 ? "" : message.substring(at + label.length()).replaceAll("\\D.*$", "");
    return digits.isEmpty() ? -1 : Long.parseLong(digits);
  }

  /** Bad bytes in a column the contract does not know are still bad bytes in the file. */
  private void checkIgnoredFields(Row row, Fields record) {
    for (int i = 0; i < ignoredFields.length; i++) {
      if (ignoredFields[i] < record.count()
          && record.get(ignoredFields[i]).indexOf(StrictUtf8Reader.REPLACEMENT) >= 0) {
        row.problemAt(
            ignoredFields[i] + 1,
            ignoredNames[i] + " has bytes that are not UTF-8 (expected UTF-8 text)");
      }
    }
  }

  private static long startLine(CsvParseException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.lastIndexOf("line ");
    if (at >= 0) {
      String digits = message.substring(at + 5).replaceAll("\\D.*$", "");
      if (!digits.isEmpty()) {
        return Long.parseLong(digits);
      }
    }
    return 1;
  }

  /** Reads the file once more to name the line each duplicate id was first used on. */
  private void reportDuplicates() throws IOException {
    Map<String, Long> firstLine = duplicates.firstLinesToFind();
    try (Cursor text = mapping.export().open()) {
      Fields header = text.next();
      int idField = indexOf(header, duplicates.found().get(0).header());
      for (Fields record = text.next(); record != null; record = text.next()) {
        if (sameShape(record)
            && idField >= 0
            && idField < record.count()) { // a misshapen row was skipped: its id is not a use
          long at = record.line();
          firstLine.computeIfPresent(record.get(idField), (id, line) -> line < 0 ? at : line);
        }
      }
    } catch (CsvParseException e) {
      // Already reported by the first reading; the lines found so far still count.
    }
    for (DuplicateIds.Duplicate d : duplicates.found()) {
      long first = firstLine.getOrDefault(d.id(), -1L);
      problems.add(
          d.line(),
          d.column(),
          DuplicateIds.alreadyUsed(d.name(), d.id(), first < d.line() ? first : -1));
    }
  }
}
