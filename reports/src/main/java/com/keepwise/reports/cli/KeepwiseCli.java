package com.keepwise.reports.cli;

import com.keepwise.reports.site.Progress;
import com.keepwise.scoring.rules.RuleFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:invalid input (dataset, policy, site or case file; every problem is listed), or a file that cannot be"
          + " read or written (disk full, read-only, no such directory)",
      "2:usage error (unknown option, missing argument)",
      "3:checks or policy tests failed, or more decisions changed than --fail-over allows (diff)",
      "4:out of memory: run again with a larger heap, java -Xmx4g -jar keepwise.jar ...",
      "70:internal error (a bug: please report it, with --stacktrace output)"
    })
public final class KeepwiseCli implements Runnable {

  /** The subcommands, in the order help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
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
          CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--stacktrace",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error, print the stack trace (for a bug report).")
  boolean stacktrace;

  /** Makes the progress display: bars on a terminal, nothing elsewhere (and in tests). */
  private Supplier<Progress> progressDisplay = () -> Progress.NONE;

  private Progress progress;

  /** The run's progress display, made when first asked for. */
  synchronized Progress progress() {
    if (progress == null) {
      progress = progressDisplay.get();
    }
    return progress;
  }

  /** Ends what progress shows, so that the lines printed next start on their own. */
  synchronized void endProgress() {
    if (progress != null) {
      progress.close();
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required (see keepwise --help)");
  }

  /** The command line, printing to {@code out} and {@code err}, showing no progress. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, () -> Progress.NONE);
  }

  /**
   * The command line, printing to {@code out} and {@code err}, and showing progress on {@code
   * progress}.
   */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Supplier<Progress> progress) {
    return commandLine(out, err, progress, SUBCOMMANDS);
  }

  private static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Supplier<Progress> progress, List<Class<?>> subcommands) {
    KeepwiseCli root = new KeepwiseCli();
    root.progressDisplay = progress;
    CommandLine cli = new CommandLine(root);
    subcommands.forEach(cli::addSubcommand);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setExitCodeExceptionMapper(ErrorHandler::exitCode);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionStrategy(
        parsed -> {
          if (helpRequested(parsed)) {
            // The terminal's width, found only when help is shown, but never wider than reads well.
            cli.setUsageHelpAutoWidth(true);
            int terminal = cli.getCommandSpec().usageMessage().width();
            cli.setUsageHelpAutoWidth(false);
            cli.setUsageHelpWidth(helpWidth(terminal));
          }
          try {
            return new CommandLine.RunLast().execute(parsed);
          } finally {
            root.endProgress();
          }
        });
    return cli;
  }

  /**
   * Runs the command line as {@code java -jar keepwise.jar} does. Running out of memory is told
   * apart from a bug: it is an {@link Error}, which picocli lets through.
   */
  public static int run(
      PrintWriter out, PrintWriter err, Supplier<Progress> progress, String... args) {
    try {
      return commandLine(out, err, progress, subcommandsFor(args)).execute(args);
    } catch (OutOfMemoryError e) {
      try {
        err.println(
            "keepwise: out of memory ("
                + e.getMessage()
                + "): the Java heap is too small for this dataset;"
                + " run again with a larger heap, such as java -Xmx"
                + largerHeap()
                + " -jar keepwise.jar "
                + String.join(" ", args));
      } catch (OutOfMemoryError still) {
        err.println(OUT_OF_MEMORY);
      }
      err.flush();
      return ExitCodes.OUT_OF_MEMORY;
    }
  }

  /**
   * The subcommands a run with {@code args} needs: only the one it names first, when it names one
   * (other than help, which speaks of them all). picocli reads every command's annotations when it
   * is added (11% of the samples of a profiled {@code check} of one policy file), the one command
   * run in every pre-commit hook; what the named command prints is the same either way
   * (CommandLineTest).
   */
  static List<Class<?>> subcommandsFor(String... args) {
    if (args.length > 0) {
      for (Class<?> command : SUBCOMMANDS) {
        Command named = command.getAnnotation(Command.class);
        if (command != CommandLine.HelpCommand.class
            && (named.name().equals(args[0]) || List.of(named.aliases()).contains(args[0]))) {
          return List.of(command);
        }
      }
    }
    return SUBCOMMANDS;
  }

  /** Said when memory ran out, made in advance: when it is needed there may be none to make it. */
  static final String OUT_OF_MEMORY =
      "keepwise: out of memory: the Java heap is too small for this dataset;"
          + " run again with a larger heap, such as java -Xmx4g -jar keepwise.jar ...";

  /** Twice the heap this run had, in whole gigabytes, at least 2g. */
  private static String largerHeap() {
    long gigabytes = Math.max(2, (2 * Runtime.getRuntime().maxMemory() + (1L << 30) - 1) >> 30);
    return gigabytes + "g";
  }

  /**
   * Help text is as wide as the terminal, from 60 to 100 columns: longer lines are hard to follow.
   */
  static int helpWidth(int terminal) {
    return Math.max(60, Math.min(100, terminal));
  }

  private static boolean helpRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.isUsageHelpRequested()
          || p.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
        return true;
      }
    }
    return false;
  }

  /** Turns exceptions into messages and exit codes: located lines for input, a plea for bugs. */
  static final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
      // Memory that ran out while a library or a worker was reading is handed back wrapped (FastCSV
      // wraps it in its parse exception, Table in "reading ... failed at line"): it is still
      // running out of memory, not a bug. Thrown on, run() says so with its own exit code.
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof OutOfMemoryError outOfMemory) {
          throw outOfMemory;
        }
      }
      PrintWriter err = cli.getErr();
      // picocli sets the root's --stacktrace wherever it is written: before the command or after.
      boolean stacktrace = false;
      if (cli.getCommandSpec().root().userObject() instanceof KeepwiseCli root) {
        root.endProgress();
        stacktrace = root.stacktrace;
      }
      Optional<IOException> fault = fault(e);
      if (e instanceof InvalidInputException invalid) {
        invalid.lines().forEach(err::println);
      } else if (e instanceof RuleFailure failure) {
        err.println(failure.getMessage());
      } else if (fault.isPresent()) {
        err.println("keepwise: " + Faults.describe(fault.get()));
      } else {
        err.println("keepwise: internal error, please report it: " + e);
        if (stacktrace) {
          e.printStackTrace(err);
        } else {
          err.println("(run again with --stacktrace for the details)");
        }
      }
      err.flush();
      return exitCode(e);
    }

    /** A file that could not be read or written: the machine's fault, not the input's or ours. */
    private static Optional<IOException> fault(Throwable e) {
      if (e instanceof IOException io) {
        return Optional.of(io);
      }
      if (e instanceof java.io.UncheckedIOException unchecked) {
        return Optional.of(unchecked.getCause());
      }
      return Optional.empty();
    }

    static int exitCode(Throwable e) {
      if (e instanceof InvalidInputException || e instanceof RuleFailure || fault(e).isPresent()) {
        return ExitCodes.INVALID_INPUT;
      }
      if (e instanceof CommandLine.ParameterException) {
        return ExitCodes.USAGE;
      }
      return ExitCodes.INTERNAL_ERROR;
    }
  }
}
