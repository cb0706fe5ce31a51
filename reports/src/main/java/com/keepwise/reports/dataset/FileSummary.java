package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import java.util.List;

/**
 * What reading one file of a dataset found.
 *
 * @param present false when the optional file is not in the dataset (no events of that kind)
 * @param rows data rows, the header not counted
 * @param skipped rows that had problems and were left out
 * @param ignoredColumns columns the contract does not know, ignored
 */
public record FileSummary(SourceFile file, boolean present, long rows, long skipped, List<String> ignoredColumns) {

  public FileSummary {
    ignoredColumns = List.copyOf(ignoredColumns);
  }

  static FileSummary missing(SourceFile file) {
    return new FileSummary(file, false, 0, 0, List.of());
  }
}
