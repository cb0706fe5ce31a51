package com.keepwise.reports.cli;

import com.keepwise.reports.Parallel;
import com.keepwise.reports.site.Progress;
import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.review.Timings;
import com.keepwise.scoring.policy.LoadedPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import picocli.CommandLine.Option;

/** {@code --data DIR [--lenient]}: the dataset to review, and what to do about its problems. */
final class DataOption {

  @Option(names = "--data", paramLabel = "DIR", required = true, description = "The dataset directory (customers.csv and the other exports).")
  Path data;

  @Option(names = "--lenient", description = "Skip rows with problems (and list them) instead of stopping at them.")
  boolean lenient;

  /**
   * Reads the dataset and prepares its review under {@code policy}. Strict: any problem stops the run,
   * every problem listed. Lenient: rows with problems are skipped, and a line on {@code err} says so.
   */
  PortfolioReview review(LoadedPolicy policy, PrintWriter err) throws IOException {
    return review(() -> policy, err, new Timings());
  }

  /**
   * As {@link #review(LoadedPolicy, PrintWriter)}, loading the policy while customers.csv is read:
   * each takes a second or more, and they need different cores.
   */
  PortfolioReview review(Callable<LoadedPolicy> policy, PrintWriter err, Timings timings) throws IOException {
    return review(policy, err, timings, Progress.NONE);
  }

  /** As {@link #review(Callable, PrintWriter, Timings)}, showing on {@code progress} how many event rows are read. */
  PortfolioReview review(Callable<LoadedPolicy> policy, PrintWriter err, Timings timings, Progress progress) throws IOException {
    ExecutorService loader = Parallel.pool("policy", 1);
    try {
      Future<LoadedPolicy> loading = loader.submit(policy);
      Dataset dataset;
      try {
        timings.next("load the policy, read dataset.yaml and customers.csv");
        dataset = Dataset.open(data);
      } catch (NoSuchFileException e) {
        throw InvalidInputException.of(data + ": no such dataset directory (expected a directory with customers.csv)");
      }
      LoadedPolicy loaded = Parallel.join(loading);
      PortfolioReview review = PortfolioReview.of(dataset, loaded, lenient, timings, rowsRead(progress));
      progress.close();
      return judged(review, err);
    } finally {
      loader.shutdownNow();
    }
  }

  /** Progress of reading events, or null when nothing is shown. */
  static java.util.function.LongConsumer rowsRead(Progress progress) {
    return progress == Progress.NONE ? null : rows -> progress.update("reading events", rows, -1);
  }

  /** Stops a strict run at the dataset's problems; lets a lenient one go on, saying what it skipped. */
  private PortfolioReview judged(PortfolioReview review, PrintWriter err) {
    DatasetReport report = review.report();
    if (report.hasProblems()) {
      if (!lenient) {
        throw InvalidInputException.of(report.problems(), report.problemCount());
      }
      err.printf(Locale.ROOT, "keepwise: skipped %,d rows with problems (--lenient); %,d problems in all%n",
          report.skippedRows(), report.problemCount());
      err.flush();
    }
    return review;
  }
}
