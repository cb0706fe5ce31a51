package com.keepwise.reports.site;

/**
 * Progress of long work (generating, reading, deciding, writing pages), for a person watching a
 * terminal. Where nobody is watching, {@link #NONE} keeps the output clean.
 */
public interface Progress {

  Progress NONE = (stage, done, total) -> {};

  /**
   * {@code done} of {@code total} things of a stage are done; {@code total} is negative when it is
   * not known in advance (rows of files still being read). A new stage ends the one before.
   * Callable from any thread.
   */
  void update(String stage, long done, long total);

  /**
   * The work is over: whatever is shown is completed, so that what is printed next starts on a line
   * of its own.
   */
  default void close() {}
}
