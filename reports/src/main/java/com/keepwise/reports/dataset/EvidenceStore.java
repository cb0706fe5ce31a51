package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.reports.dataset.source.CsvExport;
import com.keepwise.reports.dataset.source.Cursor;
import com.keepwise.reports.dataset.source.Fields;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The rows behind evidence references, read back from a dataset's files when a page shows them.
 *
 * <p>A CSV file is read at random: one pass over its bytes notes where every {@value #STRIDE}th
 * line starts, then a row is read from there (a few lines skipped, one record parsed). A workbook
 * sheet cannot be read that way; its rows are read in one pass, the first time one is asked for.
 *
 * <p>A reference is only a file and a line, and the file may have changed since the dataset was
 * read (between reading and rendering, or between runs): a row is given for a customer only when
 * its {@code customer_id} is that customer's. Any other row is not shown; {@link #mismatches()}
 * says which lines no longer held the customer's row.
 */
public final class EvidenceStore implements Closeable {

  /** Every this many lines the start of a line is noted: 1/16 of a long per line. */
  private static final int STRIDE = 16;

  private final Sources.Resolved sources;
  private final Map<SourceFile, Rows> files = new EnumMap<>(SourceFile.class);
  private final ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();

  private EvidenceStore(Sources.Resolved sources) {
    this.sources = sources;
  }

  /** The rows of the dataset in {@code dir}, read when asked for. */
  public static EvidenceStore open(Path dir) throws IOException {
    return new EvidenceStore(
        Sources.resolve(dir, Dataset.readYaml(dir, new ArrayList<>()), new ArrayList<>()));
  }

  /**
   * Prepares every file that {@code refs} point into (noting line starts, reading sheets), so that
   * pages rendered in parallel do not wait for each other.
   */
  public void prepare(java.util.Collection<SourceFile> wanted) throws IOException {
    for (SourceFile file : wanted) {
      rows(file);
    }
  }

  /** The rows of one file, prepared on first use. */
  private Rows rows(SourceFile file) throws IOException {
    synchronized (files) {
      Rows rows = files.get(file);
      if (rows == null) {
        Optional<Mapping> source = sources.of(file);
        rows = source.isEmpty() ? Rows.NONE : Rows.of(source.get());
        files.put(file, rows);
      }
      return rows;
    }
  }

  /**
   * Where the row behind a reference is, as {@code file:line}: in a mapped export, the export's
   * name ({@code exports/fakturor.csv:12}) rather than the contract file's.
   */
  public String where(EvidenceRef ref) {
    return sources
        .of(ref.file())
        .map(m -> m.export().name() + ":" + ref.line())
        .orElse(ref.toString());
  }

  /**
   * The row behind a reference, as contract column names to the values written; empty when the line
   * holds no row, or a row of another customer than {@code customerId}.
   */
  public Map<String, String> row(EvidenceRef ref, String customerId) {
    try {
      Map<String, String> row = rows(ref.file()).at(ref.line());
      if (row.isEmpty()) {
        mismatches.add(where(ref) + ": no row starts on this line any more");
        return row;
      }
      String owner = row.getOrDefault("customer_id", "");
      if (!owner.equals(customerId)) {
        mismatches.add(
            where(ref)
                + ": the row there is no longer customer "
                + customerId
                + "'s (the file changed after it was read)");
        return Collections.emptyMap();
      }
      return row;
    } catch (IOException e) {
      mismatches.add(where(ref) + ": cannot be read again (" + e.getMessage() + ")");
      return Collections.emptyMap();
    }
  }

  /**
   * The references whose row could not be shown, each as {@code file:line: why}, sorted: a file
   * that changed after the dataset was read.
   */
  public List<String> mismatches() {
    List<String> all = new ArrayList<>(new java.util.TreeSet<>(mismatches));
    return List.copyOf(all);
  }

  @Override
  public void close() throws IOException {
    synchronized (files) {
      for (Rows rows : files.values()) {
        rows.close();
      }
      files.clear();
    }
  }

  /** The rows of one file, by line. */
  private abstract static class Rows implements Closeable {

    static final Rows NONE =
        new Rows() {
          @Override
          Map<String, String> at(long line) {
            return Collections.emptyMap();
          }
        };

    /** The row starting on {@code line}, under contract column names; empty when none does. */
    abstract Map<String, String> at(long line) throws IOException;

    @Override
    public void close() throws IOException {}

    static Rows of(Mapping mapping) throws IOException {
      return mapping.export() instanceof CsvExport csv
          ? new CsvRows(mapping, csv)
          : SheetRows.read(mapping);
    }

    /** The contract's column names, and where each is among the export's fields. */
    static int[] fieldsOf(Mapping mapping, Fields header) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < header.count(); i++) {
        names.add(header.get(i));
      }
      List<Column> columns = mapping.schema().columns();
      int[] fieldOf = new int[columns.size()];
      for (Column column : columns) {
        fieldOf[column.ordinal()] = names.indexOf(mapping.header(column));
      }
      return fieldOf;
    }

    /** A record's values under the contract's column names, in the contract's text. */
    static Map<String, String> values(Mapping mapping, int[] fieldOf, Fields record) {
      Map<String, String> row = new LinkedHashMap<>();
      for (Column column : mapping.schema().columns()) {
        int field = fieldOf[column.ordinal()];
        if (field < 0 || field >= record.count()) {
          continue;
        }
        String written = record.get(field);
        String text = mapping.contractText(column, written, record.typed(field));
        row.put(column.header(), text == null ? written : text);
      }
      return row;
    }
  }

  /** A CSV file read at random: where every {@value #STRIDE}th line starts. */
  private static final class CsvRows extends Rows {
    /** Bytes parsed first when reading a row back: most rows are shorter. */
    private static final int SHORT_ROW = 1 << 10;

    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[0]);

    private final Mapping mapping;
    private final CsvExport csv;
    private final FileChannel channel;
    private final long[] starts;
    private final int[] fieldOf;

    CsvRows(Mapping mapping, CsvExport csv) throws IOException {
      this.mapping = mapping;
      this.csv = csv;
      this.channel = FileChannel.open(csv.path(), StandardOpenOption.READ);
      try {
        this.starts = lineStarts(channel);
        try (Cursor cursor = csv.open()) {
          Fields header = cursor.next();
          this.fieldOf = header == null ? new int[0] : fieldsOf(mapping, header);
        }
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    }

    @Override
    Map<String, String> at(long line) throws IOException {
      long block = (line - 1) / STRIDE;
      if (line < 2 || block >= starts.length || fieldOf.length == 0) {
        return Collections.emptyMap();
      }
      // Read a few KiB from the noted line on; more when the row does not end within them.
      for (int size = 1 << 12; size <= 1 << 26; size <<= 2) {
        byte[] bytes = scratch(size);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, size);
        int n = 0;
        for (int r = 0; r >= 0 && n < size; n += r) {
          r = channel.read(buffer, starts[(int) block] + n);
          if (r < 0) {
            break;
          }
        }
        boolean end = n < size;
        int from = skipLines(bytes, n, (int) ((line - 1) % STRIDE));
        if (from < 0) {
          if (end) {
            return Collections.emptyMap();
          }
          continue;
        }
        // Most rows are short: their first bytes alone are parsed first, the rest of what was read
        // only when the row goes on past them.
        int whole = n - from;
        for (int length = Math.min(whole, SHORT_ROW); ; length = whole) {
          boolean all = length == whole;
          try (Cursor cursor = csv.read(new String(bytes, from, length, StandardCharsets.UTF_8))) {
            Fields record = cursor.next();
            if (record == null && all) {
              return Collections.emptyMap();
            }
            // The row is whole when the file ended or another row began after it.
            if (record != null) {
              Map<String, String> row = values(mapping, fieldOf, record);
              if ((all && end) || cursor.next() != null) {
                return row;
              }
            }
          } catch (CsvParseException e) {
            if (all && end) {
              // The file changed since it was read: no row starts here.
              return Collections.emptyMap();
            }
          }
          if (all) {
            break;
          }
        }
      }
      return Collections.emptyMap();
    }

    /** A buffer of at least {@code size} bytes, this thread's own when it is a usual size. */
    private static byte[] scratch(int size) {
      byte[] bytes = SCRATCH.get();
      if (bytes.length >= size) {
        return bytes;
      }
      bytes = new byte[size];
      if (size <= 1 << 16) {
        SCRATCH.set(bytes);
      }
      return bytes;
    }

    /** Where the text after {@code lines} line breaks starts; -1 when they are not all there. */
    private static int skipLines(byte[] bytes, int length, int lines) {
      int at = 0;
      for (int skipped = 0; skipped < lines; skipped++) {
        while (at < length && bytes[at] != '\n' && bytes[at] != '\r') {
          at++;
        }
        if (at >= length) {
          return -1;
        }
        if (bytes[at] == '\r' && at + 1 < length && bytes[at + 1] == '\n') {
          at++;
        } else if (bytes[at] == '\r' && at + 1 == length) {
          return -1;
        }
        at++;
      }
      return at;
    }

    /**
     * Where lines 1, 1 + STRIDE, 1 + 2 × STRIDE… start, counting line breaks as FastCSV does
     * ({@code \n}, {@code \r\n} or a lone {@code \r}), inside quoted text too.
     */
    private static long[] lineStarts(FileChannel channel) throws IOException {
      LineStarts starts = new LineStarts();
      long position = 0;
      boolean afterCr = false;
      ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
      byte[] bytes = buffer.array();
      for (int n = channel.read(buffer, 0); n > 0; n = channel.read(buffer.clear(), position)) {
        for (int i = 0; i < n; i++) {
          byte b = bytes[i];
          if (afterCr) {
            afterCr = false;
            if (b == '\n') {
              starts.lineAt(position + i + 1);
              continue;
            }
            starts.lineAt(position + i);
          }
          if (b == '\n') {
            starts.lineAt(position + i + 1);
          } else if (b == '\r') {
            afterCr = true;
          }
        }
        position += n;
      }
      return starts.noted();
    }

    /** Notes the start of every {@value #STRIDE}th line. */
    private static final class LineStarts {
      private long[] starts = new long[1024];
      private int count = 1;
      private long line = 1;

      void lineAt(long start) {
        line++;
        if ((line - 1) % STRIDE == 0) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = start;
        }
      }

      long[] noted() {
        return Arrays.copyOf(starts, count);
      }
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  /** A sheet of a workbook, whose rows are read in one pass and kept. */
  private static final class SheetRows extends Rows {
    private final Map<Long, Map<String, String>> rows = new java.util.HashMap<>();

    static SheetRows read(Mapping mapping) throws IOException {
      SheetRows sheet = new SheetRows();
      try (Cursor cursor = mapping.export().open()) {
        Fields header = cursor.next();
        if (header == null) {
          return sheet;
        }
        int[] fieldOf = fieldsOf(mapping, header);
        for (Fields record = cursor.next(); record != null; record = cursor.next()) {
          sheet.rows.put(record.line(), values(mapping, fieldOf, record));
        }
      }
      return sheet;
    }

    @Override
    Map<String, String> at(long line) {
      return rows.getOrDefault(line, Collections.emptyMap());
    }
  }
}
