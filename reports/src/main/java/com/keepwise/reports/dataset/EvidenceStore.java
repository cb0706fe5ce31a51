package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows at chosen lines of a dataset's files, read in one streaming pass per file and held
 * compactly (a sorted array of lines, the values of each row), for pages that show many customers'
 * evidence. Memory grows with the rows chosen, never with the files.
 */
public final class EvidenceStore {

  private static final class FileRows {
    String[] header = new String[0];
    long[] lines = new long[0];
    String[][] values = new String[0][];
  }

  private final Map<SourceFile, FileRows> files = new EnumMap<>(SourceFile.class);

  private EvidenceStore() {}

  /** Reads the rows behind some references. */
  public static EvidenceStore read(Path dir, java.util.Collection<EvidenceRef> refs) throws IOException {
    Map<SourceFile, BitSet> lines = new EnumMap<>(SourceFile.class);
    for (EvidenceRef ref : refs) {
      lines.computeIfAbsent(ref.file(), f -> new BitSet()).set(Math.toIntExact(ref.line()));
    }
    return read(dir, lines);
  }

  /** Reads the rows starting on the set lines of each file. */
  public static EvidenceStore read(Path dir, Map<SourceFile, BitSet> lines) throws IOException {
    EvidenceStore store = new EvidenceStore();
    for (Map.Entry<SourceFile, BitSet> wanted : lines.entrySet()) {
      store.files.put(wanted.getKey(), readFile(dir.resolve(wanted.getKey().fileName()), wanted.getValue()));
    }
    return store;
  }

  private static FileRows readFile(Path file, BitSet wanted) throws IOException {
    FileRows rows = new FileRows();
    int count = wanted.cardinality();
    if (count == 0 || !Files.isRegularFile(file)) {
      return rows;
    }
    rows.lines = new long[count];
    rows.values = new String[count][];
    int found = 0;
    long last = wanted.length() - 1;
    try (InputStream in = Files.newInputStream(file);
        StrictUtf8Reader text = new StrictUtf8Reader(in);
        CsvReader<CsvRecord> csv = CsvReader.builder()
            .allowExtraCharsAfterClosingQuote(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(text)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (records.hasNext()) {
        rows.header = records.next().getFields().toArray(String[]::new);
      }
      while (records.hasNext() && found < count) {
        CsvRecord record = records.next();
        long line = record.getStartingLineNumber();
        if (line <= Integer.MAX_VALUE && wanted.get((int) line)) {
          rows.lines[found] = line;
          rows.values[found] = record.getFields().toArray(String[]::new);
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

  /** The row behind a reference, as column names to the values written; empty if it is not there. */
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
