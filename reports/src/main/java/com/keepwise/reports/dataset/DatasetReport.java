package com.keepwise.reports.dataset;

import com.keepwise.domain.Problem;
import com.keepwise.domain.dataset.DatasetInfo;
import com.keepwise.domain.dataset.SourceFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What reading a dataset found: per-file counts, every problem (the first thousand of each file
 * kept, all counted), and notices that are not problems.
 *
 * @param problemCount all problems, including those beyond the ones kept
 * @param unreadableFiles a file could not be read at all (it is missing, or its header names the
 *     wrong columns, or it is not comma-separated): the run cannot go on, even a lenient one
 * @param firstDay the earliest day of any event or customer_since
 * @param lastDay the latest day of any event or customer_since
 * @param asOfGiven whether dataset.yaml gave the review date (else it is the latest day in the
 *     data)
 */
public record DatasetReport(
    DatasetInfo info,
    int customers,
    List<FileSummary> files,
    List<Problem> problems,
    long problemCount,
    boolean unreadableFiles,
    List<String> notices,
    Optional<LocalDate> firstDay,
    Optional<LocalDate> lastDay,
    boolean asOfGiven) {

  public DatasetReport {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
  }

  public boolean hasProblems() {
    return problemCount > 0;
  }

  /** The summary of one file. */
  public FileSummary file(SourceFile file) {
    return files.stream()
        .filter(f -> f.file() == file)
        .findFirst()
        .orElse(FileSummary.missing(file));
  }

  /** Rows left out because of their problems, over all files. */
  public long skippedRows() {
    return files.stream().mapToLong(FileSummary::skipped).sum();
  }
}
