package com.keepwise.reports.dataset;

/**
 * The data contract's column types, each with its constraint: how the user's documentation names
 * it, what "expected …" says in a message, and what a value that parses but breaks the constraint
 * is told.
 */
public enum ColumnType {
  TEXT("string", "text", ""),
  ID("string, 1–128 chars, unique", "text of 1 to 128 characters", "must be 1 to 128 characters"),
  CUSTOMER_REF("a customer_id of customers.csv", "the customer_id of a row of customers.csv", ""),
  DATE("date", "a date like 2026-03-04", ""),
  DATETIME("datetime", "a datetime like 2026-03-04T21:15:00 or 2026-03-04T21:15:00+01:00", ""),
  POSITIVE_DECIMAL("decimal > 0", "a plain decimal like 1200.50", "must be more than zero"),
  NON_NEGATIVE_DECIMAL("decimal ≥ 0", "a plain decimal like 1200.50", "must be zero or more"),
  BOOL("bool", "true/false, yes/no or 1/0", ""),
  ONE_TO_FIVE("integer 1–5", "a whole number from 1 to 5", "must be between 1 and 5"),
  CODE("one of the column's codes", "one of the codes listed for the column", "");

  private final String documented;
  private final String expected;
  private final String violation;

  ColumnType(String documented, String expected, String violation) {
    this.documented = documented;
    this.expected = expected;
    this.violation = violation;
  }

  /** The type as the user's documentation of the contract names it. */
  public String documented() {
    return documented;
  }

  String expected() {
    return expected;
  }

  /** What is said of a value of the right form that breaks the type's constraint. */
  String violation() {
    return violation;
  }
}
