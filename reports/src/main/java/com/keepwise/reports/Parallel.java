package com.keepwise.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The worker threads reading, assessing and writing use: one per processor, named, never keeping
 * the JVM alive.
 */
public final class Parallel {

  private Parallel() {}

  /** A pool of {@code threads} daemon threads named {@code keepwise-<name>}. */
  public static ExecutorService pool(String name, int threads) {
    return Executors.newFixedThreadPool(
        Math.max(1, threads),
        work -> {
          Thread thread = new Thread(work, "keepwise-" + name);
          thread.setDaemon(true);
          return thread;
        });
  }

  public static int processors() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The task's result; its own I/O and runtime failures rethrown as they were. */
  public static <T> T join(Future<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
