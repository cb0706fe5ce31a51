package com.keepwise.reports.dataset;

import com.keepwise.domain.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The problems found in one file. Keeps the first {@value #KEPT} for the report and counts the
 * rest, so a file that is wrong on every one of its million rows cannot exhaust memory.
 */
final class ProblemLog {

  static final int KEPT = 1_000;

  private final String file;
  private final List<Problem> kept = new ArrayList<>();
  private Consumer<Problem> everyProblem = problem -> {};
  private long count;
  private long fileLevel;

  ProblemLog(String file) {
    this.file = file;
  }

  void add(long line, int column, String message) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(new Problem(file, line, column, message));
    }
    everyProblem.accept(new Problem(file, line, column, message));
  }

  /** Hands every problem, beyond the ones kept too, to {@code consumer} as it is found. */
  void copyEachTo(Consumer<Problem> consumer) {
    this.everyProblem = consumer;
  }

  /**
   * A problem with the whole file (its header, its separator): none of its rows could be read, so
   * it stops every run, a lenient one too.
   */
  void addFileLevel(long line, int column, String message) {
    fileLevel++;
    add(line, column, message);
  }

  /** Whether the file could not be read at all; see {@link #addFileLevel}. */
  boolean unreadable() {
    return fileLevel > 0;
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
