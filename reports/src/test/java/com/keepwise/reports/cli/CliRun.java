package com.keepwise.reports.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = KeepwiseCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
