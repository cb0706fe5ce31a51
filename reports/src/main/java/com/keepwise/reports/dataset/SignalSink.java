package com.keepwise.reports.dataset;

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
}
