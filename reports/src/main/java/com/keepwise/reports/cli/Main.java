package com.keepwise.reports.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar keepwise.jar}: the only place that exits the JVM. */
public final class Main {

  private Main() {}

  /** Held so the logging configuration is not garbage-collected. */
  private static final Logger QUIET = Logger.getLogger("org.hibernate");

  public static void main(String[] args) {
    // Libraries announce themselves on stderr; a command-line tool's stderr is for the user's
    // problems.
    QUIET.setLevel(Level.WARNING);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // A worker thread that runs out of memory outside its task would print a raw stack trace; the
    // main thread reports running out of memory once, in words (KeepwiseCli.run).
    Thread main = Thread.currentThread();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (e instanceof OutOfMemoryError && thread == main) {
            // Even the worded message could not be made: say it with what needs no memory.
            System.err.println(KeepwiseCli.OUT_OF_MEMORY);
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.OUT_OF_MEMORY);
          }
          if (!(e instanceof OutOfMemoryError)) {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
          }
        });
    int exit = KeepwiseCli.run(out, err, TerminalProgress.onStandardError(), args);
    if (exit == ExitCodes.OUT_OF_MEMORY) {
      // The heap may still be full (worker threads finishing their chunks): the JDK's shutdown
      // hooks would fail with a stack trace of their own under the message. Nothing of ours runs
      // in a hook (staging directories are removed in finally blocks), so stop at once.
      out.flush();
      err.flush();
      Runtime.getRuntime().halt(exit);
    }
    System.exit(exit);
  }
}
