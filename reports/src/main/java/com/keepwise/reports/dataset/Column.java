package com.keepwise.reports.dataset;

/** A column of a contract file, as declared by its {@link Schema}. */
final class Column {

  private final int ordinal;
  private final String header;
  private final ColumnType type;
  private final boolean required;
  private final String expected;

  Column(int ordinal, String header, ColumnType type, boolean required, String expected) {
    this.ordinal = ordinal;
    this.header = header;
    this.type = type;
    this.required = required;
    this.expected = expected;
  }

  /** The column's position in its schema (not in the file, where the order is free). */
  int ordinal() {
    return ordinal;
  }

  /** The column's name in the header row. */
  String header() {
    return header;
  }

  ColumnType type() {
    return type;
  }

  boolean required() {
    return required;
  }

  /** What a value of this column looks like, for "expected …" in messages. */
  String expected() {
    return expected;
  }

  @Override
  public String toString() {
    return header;
  }
}
