package com.keepwise.reports.dataset;

/** The data contract's column types, with the words used for "expected …" in messages. */
enum ColumnType {
  TEXT("text"),
  ID("text of 1 to 128 characters"),
  CUSTOMER_REF("the customer_id of a row of customers.csv"),
  DATE("a date like 2026-03-04"),
  DATETIME("a datetime like 2026-03-04T21:15:00 or 2026-03-04T21:15:00+01:00"),
  DECIMAL("a plain decimal like 1200.50"),
  BOOL("true/false, yes/no or 1/0"),
  ONE_TO_FIVE("a whole number from 1 to 5"),
  CODE("one of the codes listed for the column");

  private final String expected;

  ColumnType(String expected) {
    this.expected = expected;
  }

  String expected() {
    return expected;
  }
}
