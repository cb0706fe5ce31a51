package com.keepwise.reports.decisions;

import com.keepwise.scoring.decide.Assessment;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes decisions one customer at a time, in customer_id order. Turning a decision into its text
 * ({@link #entry}) is thread-safe, so that it can run on the threads that assess; appending the
 * entries keeps the order.
 */
public interface DecisionWriter extends Closeable {

  /** One customer's entry, as it will appear in the file; thread-safe. */
  String entry(Assessment assessment);

  /** Appends an entry made by {@link #entry}; entries must come in customer_id order. */
  void append(String entry) throws IOException;

  default void write(Assessment assessment) throws IOException {
    append(entry(assessment));
  }
}
