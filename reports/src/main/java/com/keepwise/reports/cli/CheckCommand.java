package com.keepwise.reports.cli;

import com.keepwise.domain.Problem;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.dataset.FileSummary;
import com.keepwise.reports.policytest.CaseLoader;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.site.SiteConfigLoader;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.yaml.YamlBinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keepwise check}: validates policy files and datasets, reporting every problem. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Validate policy files, site configurations and policy test-case files (and with --data a dataset),"
          + " reporting every problem as"
          + " file:line:column: what is wrong (what was expected).",
      "Exits 0 only when everything is valid."
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand KeepwiseCli root;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "Policy, site.yaml or test-case files (YAML) to validate; the kind is told from the top-level keys.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", description = "A dataset directory to validate.")
  Path data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (data == null && files.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "nothing to check: give FILE... or --data DIR");
    }
    List<Problem> problems = new ArrayList<>();
    long total = 0;
    for (Path file : files) {
      Checked checked = checkFile(file);
      List<Problem> found = checked.problems();
      out.printf(
          Locale.ROOT,
          "%s: %s%n",
          file,
          found.isEmpty()
              ? "valid " + checked.kind()
              : found.size() + " problem" + (found.size() == 1 ? "" : "s"));
      problems.addAll(found);
      total += found.size();
    }
    if (data != null) {
      DatasetReport report =
          readDataset(
              data,
              PortfolioReview.counted(
                  (customer, signal, line) -> {}, DataOption.rowsRead(root.progress())));
      root.endProgress();
      printSummary(out, data, report);
      problems.addAll(report.problems());
      total += report.problemCount();
    }
    out.flush();
    if (total > 0) {
      throw InvalidInputException.of(problems, total);
    }
    return ExitCodes.SUCCESS;
  }

  /** A file's kind, in words, and its problems. */
  private record Checked(String kind, List<Problem> problems) {}

  /**
   * The problems of one file, whatever kind of file it is: a policy, a site configuration, or test
   * cases.
   */
  private static Checked checkFile(Path file) {
    String text;
    try {
      text = PolicyOption.readText(file);
    } catch (InvalidInputException e) {
      // One file that cannot be read does not hide the problems of the others.
      return new Checked("file", e.lines().stream().map(line -> unreadable(file, line)).toList());
    } catch (IOException e) {
      return new Checked(
          "file",
          List.of(new Problem(file.toString(), 1, 1, "cannot be read: " + Faults.describe(e))));
    }
    Set<String> keys = YamlBinder.shared().topLevelKeys(text);
    if (keys.contains("cases")) {
      return new Checked("policy test cases", CaseLoader.load(file, text).problems());
    }
    if (keys.contains("title") || keys.contains("dataset")) {
      return new Checked(
          "site configuration", SiteConfigLoader.load(file, text, Optional.empty()).problems());
    }
    if (keys.isEmpty()
        || keys.contains("criteria")
        || keys.contains("hard_rules")
        || keys.contains("version")) {
      return new Checked("policy", new PolicyLoader().load(file.toString(), text).problems());
    }
    return new Checked(
        "file",
        List.of(
            new Problem(
                file.toString(),
                1,
                1,
                "cannot tell what kind of file this is (expected a"
                    + " policy with version, criteria and the other sections; a site configuration with title and dataset; or"
                    + " policy test cases under cases)")));
  }

  /** A line of {@link PolicyOption#readText}'s refusal as a problem of the file. */
  private static Problem unreadable(Path file, String line) {
    String prefix = file + ": ";
    String located = file + ":1:1: ";
    String message =
        line.startsWith(located)
            ? line.substring(located.length())
            : line.startsWith(prefix) ? line.substring(prefix.length()) : line;
    return new Problem(file.toString(), 1, 1, message);
  }

  /** Reads a whole dataset, turning a missing directory into a user error. */
  static DatasetReport readDataset(Path dir, com.keepwise.reports.dataset.SignalSink sink)
      throws IOException {
    try {
      return Dataset.open(dir).readEvents(sink);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(
          dir + ": no such dataset directory (expected a directory with customers.csv)");
    }
  }

  static void printSummary(PrintWriter out, Path dir, DatasetReport report) {
    var info = report.info();
    out.printf(
        Locale.ROOT,
        "Dataset %s%s: currency %s, time zone %s, review date %s%n",
        dir,
        info.name().isEmpty() ? "" : " (" + com.keepwise.domain.OneLine.of(info.name()) + ")",
        info.currency().getCurrencyCode(),
        info.timeZone(),
        info.asOf());
    for (SourceFile file : SourceFile.values()) {
      FileSummary summary = report.file(file);
      if (summary.present()) {
        out.printf(
            Locale.ROOT,
            "  %-17s %,12d %s%s%n",
            file.fileName(),
            summary.rows(),
            summary.rows() == 1 ? "row" : "rows",
            summary.skipped() > 0
                ? String.format(Locale.ROOT, " (%,d with problems)", summary.skipped())
                : "");
      } else {
        out.printf(Locale.ROOT, "  %-17s %12s%n", file.fileName(), "absent");
      }
    }
    String customers =
        String.format(
            Locale.ROOT,
            "%,d %s",
            report.customers(),
            report.customers() == 1 ? "customer" : "customers");
    if (report.firstDay().isPresent() && report.lastDay().isPresent()) {
      out.printf(
          Locale.ROOT,
          "%s; days from %s to %s%n",
          customers,
          report.firstDay().get(),
          report.lastDay().get());
    } else {
      out.printf(Locale.ROOT, "%s; no dated rows%n", customers);
    }
    report
        .notices()
        .forEach(notice -> out.println("note: " + com.keepwise.domain.OneLine.of(notice)));
    out.printf(
        Locale.ROOT,
        "%,d problem%s%n",
        report.problemCount(),
        report.problemCount() == 1 ? "" : "s");
  }
}
