package com.keepwise.reports.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** The root command: wires the subcommands, the exit codes and the error handling. */
@Command(
    name = "keepwise",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Decide which customers to keep, on what terms, and which to let go.",
      "Reads a client's exports, weighs each customer's risk against their value with a YAML"
          + " policy, and explains every decision with evidence and a playbook."
    },
    subcommands = {
      DemoCommand.class,
      ScoreCommand.class,
      ExplainCommand.class,
      SiteCommand.class,
      CheckCommand.class,
      GenerateCommand.class,
      SchemaCommand.class,
      TestCommand.class,
      DiffCommand.class,
      InitCommand.class,
      MapCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:invalid input (dataset, policy, site or case file); every problem is listed",
      "2:usage error (unknown option, missing argument)",
      "3:checks or policy tests failed, or more decisions changed than diff --fail-over allows",
      "70:internal error (a bug: please report it, with --stacktrace output)"
    })
public final class KeepwiseCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error, print the stack trace (for a bug report).")
  boolean stacktrace;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see keepwise --help)");
  }

  /** The command line, printing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new KeepwiseCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setExitCodeExceptionMapper(ErrorHandler::exitCode);
    cli.setUsageHelpAutoWidth(true);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  /** Turns exceptions into messages and exit codes: located lines for input, a plea for bugs. */
  static final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
      PrintWriter err = cli.getErr();
      if (e instanceof InvalidInputException invalid) {
        invalid.lines().forEach(err::println);
      } else {
        err.println("keepwise: internal error, please report it: " + e);
        if (parsed.expandedArgs().contains("--stacktrace")) {
          e.printStackTrace(err);
        } else {
          err.println("(run again with --stacktrace for the details)");
        }
      }
      err.flush();
      return exitCode(e);
    }

    static int exitCode(Throwable e) {
      if (e instanceof InvalidInputException) {
        return ExitCodes.INVALID_INPUT;
      }
      if (e instanceof CommandLine.ParameterException) {
        return ExitCodes.USAGE;
      }
      return ExitCodes.INTERNAL_ERROR;
    }
  }
}
