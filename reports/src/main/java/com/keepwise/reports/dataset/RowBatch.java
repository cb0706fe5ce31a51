package com.keepwise.reports.dataset;

import com.keepwise.reports.dataset.source.Cursor;
import com.keepwise.reports.dataset.source.Fields;
import java.io.IOException;
import java.util.Arrays;

/**
 * A few rows of a file read ahead, so that work that waits for memory (looking customers up at
 * random) can be started for all of them at once before they are read one by one, in order, as
 * before. Each row is copied as the cursor gave it (its instance is reused for the next row), with
 * how many malformed byte sequences the reader had met by then.
 */
final class RowBatch {

  /** Rows read ahead: enough misses to overlap, few enough that their slots stay in the cache. */
  static final int SIZE = 64;

  private final Buffered[] rows = new Buffered[SIZE];
  private final long[] hashes = new long[SIZE];
  private int size;

  RowBatch() {
    for (int k = 0; k < SIZE; k++) {
      rows[k] = new Buffered();
    }
  }

  /**
   * Reads up to {@value #SIZE} rows in place of the previous ones; false when the file ended. When
   * the cursor throws, the rows read before stay in the batch.
   */
  boolean fill(Cursor cursor) throws IOException {
    size = 0;
    while (size < SIZE) {
      Fields record = cursor.next();
      if (record == null) {
        return false;
      }
      rows[size].copy(record, cursor.malformedSequences());
      size++;
    }
    return true;
  }

  int size() {
    return size;
  }

  Buffered row(int k) {
    return rows[k];
  }

  /** Scratch space of one long a row. */
  long[] hashes() {
    return hashes;
  }

  /** A copy of one row's fields. */
  static final class Buffered implements Fields {
    private long line;
    private int count;
    private String[] values = new String[16];
    private boolean[] typed = new boolean[16];
    private long malformedSoFar;

    void copy(Fields record, long malformed) {
      line = record.line();
      count = record.count();
      if (values.length < count) {
        values = Arrays.copyOf(values, Math.max(count, values.length * 2));
        typed = Arrays.copyOf(typed, values.length);
      }
      for (int i = 0; i < count; i++) {
        values[i] = record.get(i);
        typed[i] = record.typed(i);
      }
      malformedSoFar = malformed;
    }

    /** The reader's count of malformed byte sequences when it gave this row. */
    long malformedSoFar() {
      return malformedSoFar;
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public String get(int field) {
      return values[field];
    }

    @Override
    public boolean typed(int field) {
      return typed[field];
    }
  }
}
