package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The most telling rows of one kind for one customer, at most {@value #KEPT} of them.
 *
 * <p>Rows are ranked by a number the caller chooses (days late, severity…), then by how recent they
 * are, then by a hash of the row's id, so the same rows are kept whatever order the file is in. Held
 * as one {@code long[]} of four slots a row, because a million customers each keep a few.
 */
public final class Evidence {

  /** How many rows are kept per reason. */
  public static final int KEPT = 5;

  private static final int STRIDE = 4;

  private final SourceFile file;
  private long[] rows = new long[STRIDE];
  private int size;
  private long seen;

  Evidence(SourceFile file) {
    this.file = file;
  }

  /**
   * Offers a row to {@code evidence}, creating it on the first row (most customers never need
   * one); returns the evidence to keep.
   */
  static Evidence offer(Evidence evidence, SourceFile file, long rank, LocalDate day, String id, long line) {
    Evidence kept = evidence != null ? evidence : new Evidence(file);
    kept.offer(rank, day, id, line);
    return kept;
  }

  /** The rows of possibly absent evidence. */
  static List<EvidenceRef> rowsOf(Evidence evidence) {
    return evidence == null ? List.of() : evidence.rows();
  }

  /** Offers a row; it is kept if it is among the {@value #KEPT} most telling so far. */
  void offer(long rank, LocalDate day, String id, long line) {
    seen++;
    long epochDay = day.toEpochDay();
    long tiebreak = idHash(id);
    if (size < KEPT) {
      if (size * STRIDE == rows.length) {
        rows = Arrays.copyOf(rows, Math.min(KEPT, size * 2) * STRIDE);
      }
      put(size++, rank, epochDay, tiebreak, line);
      return;
    }
    int weakest = 0;
    for (int i = 1; i < size; i++) {
      if (compare(i, weakest) < 0) {
        weakest = i;
      }
    }
    if (compare(rank, epochDay, tiebreak, weakest) > 0) {
      put(weakest, rank, epochDay, tiebreak, line);
    }
  }

  private void put(int i, long rank, long epochDay, long tiebreak, long line) {
    rows[i * STRIDE] = rank;
    rows[i * STRIDE + 1] = epochDay;
    rows[i * STRIDE + 2] = tiebreak;
    rows[i * STRIDE + 3] = line;
  }

  private int compare(int a, int b) {
    return compare(rows[a * STRIDE], rows[a * STRIDE + 1], rows[a * STRIDE + 2], b);
  }

  private int compare(long rank, long epochDay, long tiebreak, int b) {
    int c = Long.compare(rank, rows[b * STRIDE]);
    if (c == 0) {
      c = Long.compare(epochDay, rows[b * STRIDE + 1]);
    }
    return c != 0 ? c : Long.compare(tiebreak, rows[b * STRIDE + 2]);
  }

  private static long idHash(String id) {
    long h = 1125899906842597L;
    for (int i = 0; i < id.length(); i++) {
      h = 31 * h + id.charAt(i);
    }
    return h;
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
      while (j > 0 && compare(order[j - 1], i) < 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    EvidenceRef[] refs = new EvidenceRef[size];
    for (int k = 0; k < size; k++) {
      int i = order[k];
      refs[k] = new EvidenceRef(file, rows[i * STRIDE + 3], LocalDate.ofEpochDay(rows[i * STRIDE + 1]));
    }
    return List.of(refs);
  }
}
