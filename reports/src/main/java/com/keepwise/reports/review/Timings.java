package com.keepwise.reports.review;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Where the time of a run went, phase by phase, for {@code --timings} and the benchmarks. */
public final class Timings {

  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long started = System.nanoTime();
  private String phase;

  /** Ends the current phase, if any, and starts {@code next}. */
  public synchronized void next(String next) {
    long now = System.nanoTime();
    if (phase != null) {
      nanos.merge(phase, now - started, Long::sum);
    }
    phase = next;
    started = now;
  }

  /** Ends the current phase. */
  public void done() {
    next(null);
  }

  public synchronized void print(PrintWriter out) {
    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
    nanos.forEach((name, ns) -> out.printf(Locale.ROOT, "%-40s %8.2f s%n", name, ns / 1e9));
    out.printf(Locale.ROOT, "%-40s %8.2f s%n", "total", total / 1e9);
    out.flush();
  }
}
