package com.keepwise.reports.site;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress of a long build, on a terminal's stderr; silent when stderr is not a terminal. */
public interface Progress {

  Progress NONE = (stage, done, total) -> {};

  /** {@code done} of {@code total} things of a stage are done. */
  void update(String stage, long done, long total);

  /** One line, rewritten in place, at most ten times a second. */
  static Progress on(PrintWriter err) {
    return new Progress() {
      private long shown;

      @Override
      public synchronized void update(String stage, long done, long total) {
        long now = System.nanoTime();
        if (done < total && now - shown < 100_000_000L) {
          return;
        }
        shown = now;
        err.printf(Locale.ROOT, "\r%s %,d/%,d%s", stage, done, total, done >= total ? "\n" : "");
        err.flush();
      }
    };
  }
}
