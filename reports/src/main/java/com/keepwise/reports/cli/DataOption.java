package com.keepwise.reports.cli;

import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.review.Timings;
import com.keepwise.reports.site.Progress;
import com.keepwise.scoring.policy.LoadedPolicy;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** {@code --data DIR [--lenient]}: the dataset to review, and what to do about its problems. */
final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      required = true,
      description = "The dataset directory (customers.csv and the other exports).")
  Path data;

  @Option(
      names = "--lenient",
      description =
          "Skip rows with problems (and list them) instead of stopping at them."
              + " A file that cannot be read at all (missing columns, another separator) still stops the run.")
  boolean lenient;

  @Option(
      names = "--problems",
      paramLabel = "FILE",
      description =
          "Write every problem of the dataset to FILE, one a line"
              + " (the terminal shows the first "
              + SHOWN
              + " under --lenient).")
  Path problems;

  /** Problems listed on stderr when a lenient run skips rows; all of them go to --problems FILE. */
  static final int SHOWN = 20;

  /**
   * Reads the dataset and prepares its review under the policy {@code policy} loads, showing on
   * {@code progress} how many event rows are read. Strict: any problem stops the run, every problem
   * listed. Lenient: rows with problems are skipped, and a line on {@code err} says so.
   */
  PortfolioReview review(
      Callable<LoadedPolicy> policy, PrintWriter err, Timings timings, Progress progress)
      throws IOException {
    if (!Files.isDirectory(data)) {
      throw InvalidInputException.of(
          data + ": no such dataset directory (expected a directory with customers.csv)");
    }
    PortfolioReview review =
        PortfolioReview.read(data, policy, lenient, timings, rowsRead(progress));
    progress.close();
    return judged(review, err);
  }

  /** Progress of reading events, or null when nothing is shown. */
  static java.util.function.LongConsumer rowsRead(Progress progress) {
    return progress == Progress.NONE ? null : rows -> progress.update("reading events", rows, -1);
  }

  /**
   * Stops a strict run at the dataset's problems, and any run at a file that cannot be read; lets a
   * lenient one go on, listing the first problems of the rows it skipped.
   */
  private PortfolioReview judged(PortfolioReview review, PrintWriter err) throws IOException {
    DatasetReport report = review.report();
    if (problems
        != null) { // written when there are none too: an old list must not stand for this run
      AtomicFile.write(
          problems,
          out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            review.writeProblems(lenient, text);
            text.flush();
          });
    }
    if (report.hasProblems()) {
      if (!lenient || report.unreadableFiles()) {
        throw InvalidInputException.of(report.problems(), report.problemCount());
      }
      err.printf(
          Locale.ROOT,
          "keepwise: skipped %,d %s with problems (--lenient); %,d %s in all:%n",
          report.skippedRows(),
          report.skippedRows() == 1 ? "row" : "rows",
          report.problemCount(),
          report.problemCount() == 1 ? "problem" : "problems");
      report.problems().stream().limit(SHOWN).forEach(problem -> err.println("  " + problem));
      if (report.problemCount() > SHOWN) {
        err.printf(
            Locale.ROOT,
            "  … and %,d more: %s%n",
            report.problemCount() - SHOWN,
            problems != null
                ? "all of them are in " + problems
                : "--problems FILE writes all of them");
      }
      err.flush();
    }
    return review;
  }
}
