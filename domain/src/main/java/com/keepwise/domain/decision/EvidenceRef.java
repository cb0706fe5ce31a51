package com.keepwise.domain.decision;

import com.keepwise.domain.dataset.SourceFile;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row behind a reason: which file, which line (of the row's start), and the day it happened.
 * Small on purpose, so a million customers' evidence fits in memory; the row itself is read back
 * when a report shows it.
 */
public record EvidenceRef(SourceFile file, long line, LocalDate day)
    implements Comparable<EvidenceRef> {

  public EvidenceRef {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(day, "day");
    if (line < 2) {
      throw new IllegalArgumentException("data rows start on line 2, not " + line);
    }
  }

  /** Oldest first, then by file and line: the order of an evidence timeline. */
  @Override
  public int compareTo(EvidenceRef other) {
    int c = day.compareTo(other.day);
    if (c == 0) {
      c = file.compareTo(other.file);
    }
    return c != 0 ? c : Long.compare(line, other.line);
  }

  @Override
  public String toString() {
    return file.fileName() + ":" + line;
  }
}
