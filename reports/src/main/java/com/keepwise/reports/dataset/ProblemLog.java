package com.keepwise.reports.dataset;

import com.keepwise.domain.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file. Keeps the first {@value #KEPT} for the report and counts the
 * rest, so a file that is wrong on every one of its million rows cannot exhaust memory.
 */
final class ProblemLog {

  static final int KEPT = 1_000;

  private final String file;
  private final List<Problem> kept = new ArrayList<>();
  private long count;

  ProblemLog(String file) {
    this.file = file;
  }

  void add(long line, int column, String message) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(new Problem(file, line, column, message));
    }
  }

  String file() {
    return file;
  }

  long count() {
    return count;
  }

  List<Problem> kept() {
    return kept;
  }
}
