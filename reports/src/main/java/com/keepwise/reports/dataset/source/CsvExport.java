package com.keepwise.reports.dataset.source;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A CSV file, UTF-8 and RFC 4180 quoting, with its own field separator: the contract's files
 * (comma) and a client's exports (semicolon, tab, …).
 *
 * @param delimiter the field separator
 */
public record CsvExport(Path path, String name, char delimiter) implements Export {

  /** The separators {@link #detect} chooses from. */
  static final String CANDIDATES = ",;\t|";

  @Override
  public Cursor open() throws IOException {
    return read(Files.newInputStream(path));
  }

  /**
   * Starts a pass over rows read from {@code in}, which is positioned at the start of a row of this
   * file (not necessarily the first): lines are counted from 1 there. Closing the cursor closes
   * {@code in}.
   */
  public Cursor read(InputStream in) throws IOException {
    StrictUtf8Reader text = new StrictUtf8Reader(in);
    return cursor(builder().ofCsvRecord(text), text);
  }

  /**
   * Starts a pass over rows of this file already decoded: {@code text} begins at the start of a
   * row, and lines are counted from 1 there. The parser reads {@code text} in place, with no buffer
   * of its own: evidence rows are read back this way, one short text at a time.
   */
  public Cursor read(String text) {
    return cursor(builder().ofCsvRecord(text), null);
  }

  private CsvReader.CsvReaderBuilder builder() {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .allowUnclosedQuote(false)
        .allowExtraCharsAfterClosingQuote(true)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
  }

  /** A cursor over {@code csv}'s records; {@code text} counts malformed UTF-8 when it is strict. */
  private static Cursor cursor(CsvReader<CsvRecord> csv, java.io.Reader text) {
    Iterator<CsvRecord> records = csv.iterator();
    return new Cursor() {
      private final RecordFields fields = new RecordFields();

      @Override
      public Fields next() throws IOException {
        try {
          if (!records.hasNext()) {
            return null;
          }
          fields.record = records.next();
          return fields;
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }

      @Override
      public long malformedSequences() {
        return text instanceof StrictUtf8Reader strict ? strict.malformedSequences() : 0;
      }

      @Override
      public void close() throws IOException {
        csv.close();
      }
    };
  }

  /**
   * The separator of a CSV file, told from its first line: whichever of comma, semicolon, tab and
   * bar occurs most often outside quotes (comma when none does).
   */
  public static char detect(Path path) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(path)) {
      start = in.readNBytes(1 << 16);
    }
    String text = new String(start, StandardCharsets.UTF_8);
    int[] counts = new int[CANDIDATES.length()];
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        int k = CANDIDATES.indexOf(c);
        if (k >= 0) {
          counts[k]++;
        }
      }
    }
    int best = 0;
    for (int k = 1; k < counts.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return CANDIDATES.charAt(best);
  }

  /** A FastCSV record seen as {@link Fields}; one instance serves the whole pass. */
  private static final class RecordFields implements Fields {
    CsvRecord record;

    @Override
    public long line() {
      return record.getStartingLineNumber();
    }

    @Override
    public int count() {
      return record.getFieldCount();
    }

    @Override
    public String get(int field) {
      return record.getField(field);
    }

    @Override
    public boolean typed(int field) {
      return false;
    }
  }
}
