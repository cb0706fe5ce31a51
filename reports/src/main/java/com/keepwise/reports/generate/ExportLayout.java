package com.keepwise.reports.generate;

import com.keepwise.reports.dataset.Column;
import com.keepwise.reports.dataset.ColumnType;
import com.keepwise.reports.dataset.Schema;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One event file written as a system exports it ({@link Shape#EXPORT}): rows in the order of their
 * event time with customers interleaved, columns in a fixed shuffled order, seconds on timestamps,
 * notes over several lines.
 *
 * <p>Rows arrive customer by customer. Each goes to the bucket of its quarter (a temporary CSV
 * file, so memory stays bounded whatever the size, and about ten files are open per contract file);
 * at the end each bucket is sorted in memory and appended to the file. Ties keep arrival order, so
 * the output is deterministic.
 */
final class ExportLayout implements AutoCloseable {

  private static final String[] SECOND_LINES = {
    "Follow-up by phone, see the ticket history.",
    "Customer said: \"we will take this further\", then hung up.",
    "Noted by the account team; manager informed, no reply yet.",
    "Kunden hörde av sig igen, samma ärende.",
    "担当者に確認済み、再発の可能性あり。",
    "مشتری دوباره تماس گرفت، همان موضوع.",
    "Klient dzwonił ponownie; sprawa ta sama, ton ostrzejszy.",
  };

  private final Schema schema;
  private final Path buckets;
  private final int[] order; // position in the export -> position in the contract
  private final int timeColumn;
  private final boolean[] datetime;
  private final boolean[] note;
  private final SplittableRandom presentation;
  private final List<CsvWriter> bucketWriters = new ArrayList<>();
  private long arrived;
  private boolean closed;

  ExportLayout(Schema schema, Path buckets, long seed) throws IOException {
    this.schema = schema;
    this.buckets = Files.createDirectories(buckets);
    // Presentation draws from its own stream: the customers and their events do not depend on it.
    this.presentation = new SplittableRandom(seed ^ schema.file().fileName().hashCode());
    List<Column> columns = schema.columns();
    this.order = shuffledOrder(columns.size(), presentation);
    this.datetime = new boolean[columns.size()];
    this.note = new boolean[columns.size()];
    int time = -1;
    for (int i = 0; i < columns.size(); i++) {
      ColumnType type = columns.get(i).type();
      datetime[i] = type == ColumnType.DATETIME;
      note[i] = type == ColumnType.TEXT && columns.get(i).header().equals("note");
      if (time < 0 && (type == ColumnType.DATE || type == ColumnType.DATETIME)) {
        time = i;
      }
    }
    if (time < 0) {
      throw new IllegalArgumentException(schema + " has no date or datetime column to order it by");
    }
    this.timeColumn = time;
  }

  /** The contract's headers in this export's order. */
  String[] headers() {
    String[] contract = schema.headers();
    String[] headers = new String[contract.length];
    for (int i = 0; i < order.length; i++) {
      headers[i] = contract[order[i]];
    }
    return headers;
  }

  /** A row, its values in the contract's column order. */
  void add(String[] values) {
    String[] row = new String[values.length + 2];
    for (int i = 0; i < values.length; i++) {
      row[i + 2] = present(i, values[i]);
    }
    long time = epochSecond(row[timeColumn + 2]);
    row[0] = Long.toString(time);
    row[1] = Long.toString(arrived++);
    bucket(time).writeRecord(row);
  }

  /** Sorts every bucket and writes the rows to {@code out}, in export column order. */
  void writeTo(CsvWriter out) throws IOException {
    out.writeRecord(headers());
    close();
    for (int quarter = 0; quarter < bucketWriters.size(); quarter++) {
      if (bucketWriters.get(quarter) == null) {
        continue;
      }
      List<String[]> rows = new ArrayList<>();
      Path bucket = bucketPath(quarter);
      try (BufferedReader in = Files.newBufferedReader(bucket, StandardCharsets.UTF_8);
          CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in)) {
        for (CsvRecord record : csv) {
          rows.add(record.getFields().toArray(String[]::new));
        }
      }
      Files.delete(bucket);
      rows.sort(
          Comparator.comparingLong((String[] r) -> Long.parseLong(r[0]))
              .thenComparingLong(r -> Long.parseLong(r[1])));
      String[] exported = new String[order.length];
      for (String[] row : rows) {
        for (int i = 0; i < order.length; i++) {
          exported[i] = row[order[i] + 2];
        }
        out.writeRecord(exported);
      }
    }
  }

  /** Closes the buckets' files (once; the buckets themselves stay until {@link #writeTo}). */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    for (CsvWriter writer : bucketWriters) {
      if (writer != null) {
        writer.close();
      }
    }
  }

  private String present(int column, String value) {
    if (value.isEmpty()) {
      return value;
    }
    if (datetime[column]) {
      // yyyy-MM-ddTHH:mm:00 -> a second of the minute; the minute, and so every rule, is unchanged
      int second = presentation.nextInt(60);
      return value.substring(0, 17) + (second < 10 ? "0" : "") + second + value.substring(19);
    }
    if (note[column] && presentation.nextInt(3) > 0) {
      return value + ",\n" + SECOND_LINES[presentation.nextInt(SECOND_LINES.length)];
    }
    return value;
  }

  private CsvWriter bucket(long epochSecond) {
    int quarter = quarterIndex(epochSecond);
    while (bucketWriters.size() <= quarter) {
      bucketWriters.add(null);
    }
    CsvWriter writer = bucketWriters.get(quarter);
    if (writer == null) {
      try {
        writer =
            CsvWriter.builder()
                .bufferSize(1 << 14)
                .build(
                    new BufferedWriter(
                        new OutputStreamWriter(
                            Files.newOutputStream(bucketPath(quarter)), StandardCharsets.UTF_8),
                        1 << 14));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bucketWriters.set(quarter, writer);
    }
    return writer;
  }

  private Path bucketPath(int quarter) {
    return buckets.resolve(schema.file().fileName() + "." + quarter);
  }

  /** Quarters since 1990: the buckets' order is the quarters' order. */
  private static int quarterIndex(long epochSecond) {
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400L));
    return Math.max(0, (day.getYear() - 1990) * 4 + (day.getMonthValue() - 1) / 3);
  }

  /** The event time in seconds: dates at their start, local datetimes in the dataset's zone. */
  private static long epochSecond(String value) {
    if (value.length() == 10) {
      return LocalDate.parse(value).atStartOfDay(SyntheticDataset.ZONE).toEpochSecond();
    }
    if (value.length() == 19) {
      return LocalDateTime.parse(value).atZone(SyntheticDataset.ZONE).toEpochSecond();
    }
    return OffsetDateTime.parse(value).toEpochSecond();
  }

  private static int[] shuffledOrder(int size, SplittableRandom random) {
    int[] order = new int[size];
    Arrays.setAll(order, i -> i);
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
