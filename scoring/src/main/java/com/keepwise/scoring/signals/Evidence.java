package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.time.Days;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The most telling rows of one kind for one customer, at most {@value #KEPT} of them.
 *
 * <p>Rows are ranked by a number the caller chooses (days late, severity…), then by how recent they
 * are, then by a hash of the row's id, so the same rows are kept whatever order the file is in.
 * Held as one {@code long[]} of two slots a row, because a million customers each keep a few.
 */
public final class Evidence {

  /** How many rows are kept per reason. */
  public static final int KEPT = 5;

  /** Two longs a row: rank and day, then a hash of the row's id and the line. */
  private static final int STRIDE = 2;

  private final SourceFile file;
  private long[] rows = new long[STRIDE];
  private int size;
  private long seen;

  Evidence(SourceFile file) {
    this.file = file;
  }

  /**
   * Offers a row to {@code evidence}, creating it on the first row (most customers never need one);
   * returns the evidence to keep.
   */
  static Evidence offer(
      Evidence evidence, SourceFile file, long rank, LocalDate day, String id, long line) {
    Evidence kept = evidence != null ? evidence : new Evidence(file);
    kept.offer(rank, day, id, line);
    return kept;
  }

  /** The rows of possibly absent evidence. */
  static List<EvidenceRef> rowsOf(Evidence evidence) {
    return evidence == null ? List.of() : evidence.rows();
  }

  /**
   * Offers a row; it is kept if it is among the {@value #KEPT} most telling so far. Ranks are kept
   * to 32 bits (days, minutes, severities, cents of a few million), lines to 32 bits.
   */
  void offer(long rank, LocalDate day, String id, long line) {
    seen++;
    long first = (Math.min(rank, Integer.MAX_VALUE) << 32) | (day.toEpochDay() & 0xFFFFFFFFL);
    long second = ((long) id.hashCode() << 32) | (line & 0xFFFFFFFFL);
    if (size < KEPT) {
      if (size * STRIDE == rows.length) {
        rows = Arrays.copyOf(rows, Math.min(KEPT, size * 2) * STRIDE);
      }
      rows[size * STRIDE] = first;
      rows[size * STRIDE + 1] = second;
      size++;
      return;
    }
    int weakest = 0;
    for (int i = 1; i < size; i++) {
      if (compare(rows[i * STRIDE], rows[i * STRIDE + 1], weakest) < 0) {
        weakest = i;
      }
    }
    if (compare(first, second, weakest) > 0) {
      rows[weakest * STRIDE] = first;
      rows[weakest * STRIDE + 1] = second;
    }
  }

  /**
   * Rank, then day, then the id's hash: the order of importance, the same whatever the file's
   * order.
   */
  private int compare(long first, long second, int b) {
    int c = Long.compare(first, rows[b * STRIDE]);
    return c != 0 ? c : Integer.compare((int) (second >> 32), (int) (rows[b * STRIDE + 1] >> 32));
  }

  /** How many rows were offered, kept or not. */
  public long seen() {
    return seen;
  }

  /** The kept rows, most telling first. */
  public List<EvidenceRef> rows() {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      int j = i;
      while (j > 0
          && compare(rows[order[j - 1] * STRIDE], rows[order[j - 1] * STRIDE + 1], i) < 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    EvidenceRef[] refs = new EvidenceRef[size];
    for (int k = 0; k < size; k++) {
      int i = order[k];
      long day = (int) rows[i * STRIDE];
      long line = rows[i * STRIDE + 1] & 0xFFFFFFFFL;
      refs[k] = new EvidenceRef(file, line, Days.of(day));
    }
    return List.of(refs);
  }
}
