package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading one file of a dataset found.
 *
 * @param present false when the optional file is not in the dataset (no events of that kind)
 * @param rows data rows, the header not counted
 * @param skipped rows that had problems and were left out
 * @param ignoredColumns columns the contract does not know, ignored
 * @param filledColumns each contract column the file has, by its header, with the well-formed rows
 *     that hold a value in it: how complete the column is
 * @param firstDay the earliest day of the file's first date column (its rows' dates), if any
 * @param lastDay the latest
 */
public record FileSummary(
    SourceFile file,
    boolean present,
    long rows,
    long skipped,
    List<String> ignoredColumns,
    Map<String, Long> filledColumns,
    Optional<LocalDate> firstDay,
    Optional<LocalDate> lastDay) {

  public FileSummary {
    ignoredColumns = List.copyOf(ignoredColumns);
    filledColumns =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filledColumns));
  }

  /** Without the columns' completeness and the dates covered. */
  public FileSummary(
      SourceFile file, boolean present, long rows, long skipped, List<String> ignoredColumns) {
    this(
        file, present, rows, skipped, ignoredColumns, Map.of(), Optional.empty(), Optional.empty());
  }

  static FileSummary of(SourceFile file, Table table) {
    Optional<LocalDate[]> days = table.days();
    return new FileSummary(
        file,
        true,
        table.rows(),
        table.badRows(),
        table.ignoredColumns(),
        table.filledColumns(),
        days.map(d -> d[0]),
        days.map(d -> d[1]));
  }

  static FileSummary missing(SourceFile file) {
    return new FileSummary(file, false, 0, 0, List.of());
  }
}
