package com.keepwise.reports.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Standard output for writers that close what they write to: flushed, never closed. */
final class NoCloseWriter extends FilterWriter {

  NoCloseWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
