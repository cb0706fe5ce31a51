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
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows behind evidence references, read back from the dataset's files: scoring keeps only
 * file and line, so reports fetch the few rows they show with one streaming pass per file.
 */
public final class EvidenceRows {

  private EvidenceRows() {}

  /**
   * The rows at the referenced lines, each as its header's column names to the values written.
   * Lines that no longer hold a row (the file changed) are left out.
   */
  public static Map<EvidenceRef, Map<String, String>> read(Path dir, Collection<EvidenceRef> refs) throws IOException {
    Map<SourceFile, Set<Long>> wanted = new EnumMap<>(SourceFile.class);
    for (EvidenceRef ref : refs) {
      wanted.computeIfAbsent(ref.file(), f -> new TreeSet<>()).add(ref.line());
    }
    Map<SourceFile, Map<Long, Map<String, String>>> found = new EnumMap<>(SourceFile.class);
    for (Map.Entry<SourceFile, Set<Long>> file : wanted.entrySet()) {
      found.put(file.getKey(), readLines(dir.resolve(file.getKey().fileName()), file.getValue()));
    }
    Map<EvidenceRef, Map<String, String>> rows = new HashMap<>();
    for (EvidenceRef ref : refs) {
      Map<String, String> row = found.getOrDefault(ref.file(), Map.of()).get(ref.line());
      if (row != null) {
        rows.put(ref, row);
      }
    }
    return rows;
  }

  private static Map<Long, Map<String, String>> readLines(Path file, Set<Long> lines) throws IOException {
    Map<Long, Map<String, String>> rows = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return rows;
    }
    long last = lines.stream().mapToLong(Long::longValue).max().orElse(0);
    try (InputStream in = Files.newInputStream(file);
        StrictUtf8Reader text = new StrictUtf8Reader(in);
        CsvReader<CsvRecord> csv = CsvReader.builder()
            .allowExtraCharsAfterClosingQuote(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(text)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        return rows;
      }
      CsvRecord header = records.next();
      while (records.hasNext()) {
        CsvRecord record = records.next();
        long line = record.getStartingLineNumber();
        if (lines.contains(line)) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < header.getFieldCount() && i < record.getFieldCount(); i++) {
            row.put(header.getField(i), record.getField(i));
          }
          rows.put(line, row);
        }
        if (line >= last) {
          break;
        }
      }
    } catch (CsvParseException e) {
      // The dataset was read before; a file that became unreadable simply yields fewer rows.
    }
    return rows;
  }
}
