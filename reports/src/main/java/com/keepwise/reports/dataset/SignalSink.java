package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Signal;

/**
 * Receives the valid event rows of a dataset. Rows of different files may arrive from different
 * threads at the same time; the rows of one file arrive in order, from one thread.
 */
@FunctionalInterface
public interface SignalSink {

  /**
   * @param customer the customer's index in {@link Dataset#customers()}
   * @param line the line the row starts on, for evidence
   */
  void accept(int customer, Signal signal, long line);

  /**
   * Loads what {@link #accept} will read for a row of {@code file} of this customer, so that a
   * reader can start the cache misses of a batch of rows together; only a hint, which changes
   * nothing. What it returns means nothing: it is summed so that the loads are not optimised away.
   */
  default long touch(SourceFile file, int customer) {
    return 0;
  }
}
