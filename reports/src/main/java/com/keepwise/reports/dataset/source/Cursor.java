package com.keepwise.reports.dataset.source;

import java.io.Closeable;
import java.io.IOException;

/** One pass over the rows of an export, the header row first. */
public interface Cursor extends Closeable {

  /**
   * The next row, or {@code null} at the end; the returned instance may be reused for the next row.
   */
  Fields next() throws IOException;

  /**
   * How many byte sequences that are not UTF-8 were read so far (each stands as U+FFFD in the
   * text); always 0 for a workbook, whose text is decoded by the XML parser.
   */
  long malformedSequences();
}
