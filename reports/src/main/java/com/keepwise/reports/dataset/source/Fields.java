package com.keepwise.reports.dataset.source;

/** One row of an export: its line (or sheet row) and its fields as text. */
public interface Fields {

  /**
   * The row's first line in a CSV file, or its row number in a sheet; the header is line 1 of a CSV
   * file.
   */
  long line();

  int count();

  /** The field at the 0-based position; empty when absent. */
  String get(int field);

  /**
   * True when the field came from a typed cell of a workbook (a date, number or TRUE/FALSE cell)
   * and is already written as the contract writes it ({@code 2026-03-04}, {@code 1200.5}, {@code
   * true}); false for text as the export wrote it.
   */
  boolean typed(int field);
}
