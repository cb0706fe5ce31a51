package com.keepwise.reports.dataset.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the rows of one contract file are read from: the contract's own CSV, a CSV in another
 * dialect, or a sheet of a workbook. It can be read more than once (duplicate ids are looked up in
 * a second pass).
 */
public sealed interface Export permits CsvExport, SheetExport {

  Path path();

  /** The file as named in problems: its path relative to the dataset directory. */
  String name();

  /** Starts a pass over the rows. */
  Cursor open() throws IOException;

  /** True when the export is a workbook sheet, whose cells are located as {@code C7} too. */
  default boolean isSheet() {
    return this instanceof SheetExport;
  }
}
