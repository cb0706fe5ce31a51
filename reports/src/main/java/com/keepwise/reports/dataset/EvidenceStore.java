package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.reports.dataset.source.Cursor;
import com.keepwise.reports.dataset.source.Fields;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows at chosen lines of a dataset's files, read in one streaming pass per file and held
 * compactly (a sorted array of lines, the values of each row), for pages that show many customers'
 * evidence. Memory grows with the rows chosen, never with the files.
 */
public final class EvidenceStore {

  private static final class FileRows {
    String name = "";
    String[] header = new String[0];
    long[] lines = new long[0];
    String[][] values = new String[0][];
  }

  private final Map<SourceFile, FileRows> files = new EnumMap<>(SourceFile.class);

  private EvidenceStore() {}

  /** Reads the rows behind some references. */
  public static EvidenceStore read(Path dir, java.util.Collection<EvidenceRef> refs)
      throws IOException {
    Map<SourceFile, BitSet> lines = new EnumMap<>(SourceFile.class);
    for (EvidenceRef ref : refs) {
      lines.computeIfAbsent(ref.file(), f -> new BitSet()).set(Math.toIntExact(ref.line()));
    }
    return read(dir, lines);
  }

  /** Reads the rows starting on the set lines of each file. */
  public static EvidenceStore read(Path dir, Map<SourceFile, BitSet> lines) throws IOException {
    EvidenceStore store = new EvidenceStore();
    Sources.Resolved sources =
        Sources.resolve(
            dir, Dataset.readYaml(dir, new java.util.ArrayList<>()), new java.util.ArrayList<>());
    for (Map.Entry<SourceFile, BitSet> wanted : lines.entrySet()) {
      Optional<Mapping> source = sources.of(wanted.getKey());
      store.files.put(
          wanted.getKey(),
          source.isPresent() ? readFile(source.get(), wanted.getValue()) : new FileRows());
    }
    return store;
  }

  /**
   * The wanted rows of a file; a mapped export's rows are given under the contract's column names
   * and in its text ({@code amount} {@code 20000.50}), as a contract file's would be.
   */
  private static FileRows readFile(Mapping mapping, BitSet wanted) throws IOException {
    FileRows rows = new FileRows();
    rows.name = mapping.export().name();
    int count = wanted.cardinality();
    if (count == 0) {
      return rows;
    }
    rows.lines = new long[count];
    rows.values = new String[count][];
    int found = 0;
    long last = wanted.length() - 1;
    List<Column> columns = mapping.schema().columns();
    int[] fieldOf = null;
    try (Cursor cursor = mapping.export().open()) {
      Fields header = cursor.next();
      if (header != null) {
        fieldOf = new int[columns.size()];
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < header.count(); i++) {
          names.add(header.get(i));
        }
        for (Column column : columns) {
          fieldOf[column.ordinal()] = names.indexOf(mapping.header(column));
        }
        rows.header =
            mapping.mapped()
                ? columns.stream().map(Column::header).toArray(String[]::new)
                : names.toArray(String[]::new);
      }
      for (Fields record = cursor.next(); record != null && found < count; record = cursor.next()) {
        long line = record.line();
        if (line <= Integer.MAX_VALUE && wanted.get((int) line)) {
          rows.lines[found] = line;
          rows.values[found] =
              mapping.mapped() ? contractValues(mapping, columns, fieldOf, record) : all(record);
          found++;
        }
        if (line >= last) {
          break;
        }
      }
    } catch (CsvParseException e) {
      // The dataset was read before; a file that changed since simply yields fewer rows.
    }
    rows.lines = Arrays.copyOf(rows.lines, found);
    rows.values = Arrays.copyOf(rows.values, found);
    return rows;
  }

  private static String[] all(Fields record) {
    String[] values = new String[record.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = record.get(i);
    }
    return values;
  }

  private static String[] contractValues(
      Mapping mapping, List<Column> columns, int[] fieldOf, Fields record) {
    String[] values = new String[columns.size()];
    for (Column column : columns) {
      int field = fieldOf[column.ordinal()];
      String written = field >= 0 && field < record.count() ? record.get(field) : "";
      String text = mapping.contractText(column, written, field >= 0 && record.typed(field));
      values[column.ordinal()] = text == null ? written : text;
    }
    return values;
  }

  /**
   * Where the row behind a reference is, as {@code file:line}: in a mapped export, the export's
   * name ({@code exports/fakturor.csv:12}) rather than the contract file's.
   */
  public String where(EvidenceRef ref) {
    FileRows rows = files.get(ref.file());
    return rows == null || rows.name.isEmpty() ? ref.toString() : rows.name + ":" + ref.line();
  }

  /**
   * The row behind a reference, as column names to the values written; empty if it is not there.
   */
  public Map<String, String> row(EvidenceRef ref) {
    FileRows rows = files.get(ref.file());
    if (rows == null) {
      return Collections.emptyMap();
    }
    int at = Arrays.binarySearch(rows.lines, ref.line());
    if (at < 0) {
      return Collections.emptyMap();
    }
    Map<String, String> row = new LinkedHashMap<>();
    String[] values = rows.values[at];
    for (int i = 0; i < rows.header.length && i < values.length; i++) {
      row.put(rows.header[i], values[i]);
    }
    return row;
  }
}
