package com.keepwise.reports.dataset;

import com.keepwise.domain.signal.Signal;

/** One of the event files of the contract: its columns, and how a row becomes a signal. */
interface EventFile {

  Schema schema();

  /**
   * Reads the row as a signal; {@code null} when the row has problems, which the row has logged.
   * Resolves the row's customer with {@link Row#customer(Column)}.
   */
  Signal parse(Row row);
}
