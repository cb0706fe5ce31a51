package com.keepwise.reports.dataset.source;

/** What a contract column holds, as far as turning an export's value into contract text goes. */
public enum ValueKind {
  /** Free text, ids and codes: read as written, after {@code values:}. */
  TEXT,
  DATE,
  DATETIME,
  DECIMAL,
  /** Whole numbers (severity, rating): written like decimals in the export's dialect. */
  INTEGER,
  BOOL
}
