package com.keepwise.reports.dataset;

/**
 * The ids of a file's rows, checked for duplicates: at once ({@link IdSet}) or after the pass
 * ({@link IdLedger}).
 */
interface RowIds {

  /** Records an id; false when it is known at once to be a duplicate. */
  boolean add(String id);
}
