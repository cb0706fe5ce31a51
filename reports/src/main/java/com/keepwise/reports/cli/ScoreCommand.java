package com.keepwise.reports.cli;

import com.keepwise.domain.decision.Action;
import com.keepwise.reports.decisions.DecisionWriter;
import com.keepwise.reports.decisions.DecisionsCsv;
import com.keepwise.reports.decisions.DecisionsJson;
import com.keepwise.reports.decisions.SpreadsheetText;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.review.Timings;
import com.keepwise.reports.site.Progress;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keepwise score}: a decision for every customer, as CSV or JSON. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Decide an action for every customer of a dataset, with its scores, rule and reasons.",
      "CSV (the default) has one row per customer sorted by customer_id:"
          + " customer_id,name,segment,action,risk_score,value_score,rule,reasons.",
      "JSON adds the full explanation: every criterion's facts, severity, weight and points, and the evidence rows."
    })
final class ScoreCommand implements Callable<Integer> {

  enum Format {
    csv,
    json
  }

  @Spec CommandSpec spec;
  @ParentCommand KeepwiseCli root;
  @Mixin DataOption data;
  @Mixin PolicyOption policy;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Where to write; standard output when absent or -. Written whole or not at all.")
  Path out;

  @Option(
      names = "--raw-csv",
      description =
          "Write CSV text cells exactly as they are. By default a name, segment or id"
              + " beginning with =, +, -, @, a tab or a carriage return gets a leading ' so that a spreadsheet shows it as text"
              + " instead of running it as a formula.")
  boolean rawCsv;

  @Option(
      names = "--timings",
      description = "Print where the time went, phase by phase, on standard error.")
  boolean timings;

  @Override
  public Integer call() throws IOException {
    Timings phases = new Timings();
    Progress progress = root.progress();
    PortfolioReview review =
        data.review(policy::load, spec.commandLine().getErr(), phases, progress);
    phases.next("score and write decisions");
    long[] byAction = new long[Action.values().length];
    if (toStandardOutput()) {
      PrintWriter stdout = spec.commandLine().getOut();
      write(review, new NoCloseWriter(stdout), progress, byAction);
      stdout.flush();
    } else {
      AtomicFile.write(
          out,
          stream ->
              write(
                  review,
                  new BufferedWriter(
                      new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16),
                  progress,
                  byAction));
    }
    phases.done();
    root.endProgress();
    if (timings) {
      phases.print(spec.commandLine().getErr());
    }
    if (!toStandardOutput()) {
      // Standard output is free when the decisions go to a file: say what is in it.
      long total = java.util.Arrays.stream(byAction).sum();
      List<String> counts = new ArrayList<>();
      for (Action action : Action.values()) {
        if (byAction[action.ordinal()] > 0) {
          counts.add(String.format(Locale.ROOT, "%,d %s", byAction[action.ordinal()], action));
        }
      }
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Wrote %,d %s to %s%s%n",
              total,
              total == 1 ? "decision" : "decisions",
              out,
              counts.isEmpty() ? "" : ": " + String.join(", ", counts));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.SUCCESS;
  }

  /** No {@code --out}, or {@code --out -} as for other tools (a file named "-" helps no one). */
  private boolean toStandardOutput() {
    return out == null || out.toString().equals("-");
  }

  private void write(PortfolioReview review, Writer text, Progress progress, long[] byAction)
      throws IOException {
    long[] done = new long[1];
    try (DecisionWriter writer = writer(review, text)) {
      review.forEachInOrder(
          i -> {
            var assessment = review.assess(i);
            return new Assessed(assessment.decision().action(), writer.entry(assessment));
          },
          assessed -> {
            byAction[assessed.action().ordinal()]++;
            if ((++done[0] & 0x3FF) == 0 || done[0] == review.size()) {
              progress.update("deciding", done[0], review.size());
            }
            var entry = assessed.entry();
            try {
              writer.append(entry);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A customer's action and their decision as written. */
  private record Assessed(Action action, String entry) {}

  private DecisionWriter writer(PortfolioReview review, Writer text) throws IOException {
    if (format == Format.json) {
      return new DecisionsJson(text, PhraseRenderer.english(review.info().currency()));
    }
    return new DecisionsCsv(text, rawCsv ? SpreadsheetText.RAW : SpreadsheetText.NEUTRALISED);
  }
}
