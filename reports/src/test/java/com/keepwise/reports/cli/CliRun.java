package com.keepwise.reports.cli;

import com.keepwise.reports.site.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line, as {@code java -jar keepwise.jar} runs it, with its exit code and
 * what it printed.
 */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        KeepwiseCli.run(new PrintWriter(out), new PrintWriter(err), () -> Progress.NONE, args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** As {@link #of}, with every command on the command line, whichever one is run. */
  static CliRun withEveryCommand(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = KeepwiseCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
