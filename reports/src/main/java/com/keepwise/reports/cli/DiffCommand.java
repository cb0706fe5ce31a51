package com.keepwise.reports.cli;

import com.keepwise.reports.policydiff.DecisionDiff;
import com.keepwise.reports.policydiff.DiffReport;
import com.keepwise.reports.policydiff.GitRevision;
import com.keepwise.reports.policydiff.PolicyChanges;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.review.Timings;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code keepwise diff}: which decisions a policy change moves, for a terminal or a pull request.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show which decisions a policy change moves: what changed in the policy, how many decisions and how much"
          + " revenue change action, a from × to matrix, and each customer who moves with what moved them.",
      "The dataset is read once and scored under both policies.",
      "Exits 3 when more decisions change than --fail-over allows."
    })
final class DiffCommand implements Callable<Integer> {

  enum Format {
    text,
    markdown
  }

  @Spec CommandSpec spec;
  @ParentCommand KeepwiseCli root;
  @Mixin DataOption data;
  @Mixin PolicyOption policy;

  @Option(
      names = "--base",
      paramLabel = "OLD_POLICY",
      required = true,
      description =
          "The policy before the change: a file, or REV:PATH from git (main:policy.yaml, HEAD~1:./policy.yaml),"
              + " read with 'git show' in the directory of --policy.")
  String base;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or markdown (for a pull-request comment); default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--fail-over",
      paramLabel = "N",
      description = "Exit 3 when more than N decisions change (for CI).")
  Integer failOver;

  @Option(
      names = "--show",
      paramLabel = "N",
      defaultValue = "50",
      description =
          "List at most N of the customers who move, the most revenue first (default: ${DEFAULT-VALUE}).")
  int show;

  @Override
  public Integer call() throws IOException {
    if (show < 0 || (failOver != null && failOver < 0)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--show and --fail-over take 0 or more");
    }
    PrintWriter err = spec.commandLine().getErr();
    // Both policies load while customers.csv is read, as score loads its one.
    LoadedPolicy[] base = new LoadedPolicy[1];
    PortfolioReview changed =
        data.review(
            () -> {
              base[0] = loadBase();
              return policy.load();
            },
            err,
            new Timings(),
            root.progress());
    LoadedPolicy before = base[0];
    LoadedPolicy after = changed.policy();
    PortfolioReview original;
    if (PortfolioReview.readsAlike(before, after)) {
      original = changed.under(before);
    } else {
      // Signals are gathered over the review period and business hours; with those changed, once is
      // not enough.
      err.println(
          "note: the policies differ in review or business_hours, so the dataset is read a second time");
      err.flush();
      original = data.review(() -> before, err, new Timings(), root.progress());
    }
    DecisionDiff diff = DecisionDiff.of(original, changed);
    root.endProgress();
    DiffReport report =
        new DiffReport(
            before.source(),
            after.source(),
            data.data.toString(),
            changed.info().currency(),
            PolicyChanges.between(before, after),
            diff,
            show);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.markdown) {
      report.printMarkdown(out);
    } else {
      report.printText(out);
    }
    out.flush();
    if (failOver != null && diff.moved().size() > failOver) {
      int moved = diff.moved().size();
      err.printf(
          Locale.ROOT,
          "keepwise: %,d decision%s, more than --fail-over %d%n",
          moved,
          moved == 1 ? " changes" : "s change",
          failOver);
      err.flush();
      return ExitCodes.CHECKS_FAILED;
    }
    return ExitCodes.SUCCESS;
  }

  /** The base policy: a file if there is one by that name, else REV:PATH from git. */
  private LoadedPolicy loadBase() throws IOException {
    Path file = Path.of(base);
    if (Files.exists(file) || !GitRevision.isRevisionPath(base)) {
      return PolicyOption.load(file);
    }
    Path repository =
        policy.policy != null
            ? policy.policy.toAbsolutePath().getParent()
            : Path.of("").toAbsolutePath();
    String text;
    try {
      text = GitRevision.show(repository, base);
    } catch (GitRevision.Failure e) {
      throw InvalidInputException.of(e.getMessage());
    }
    PolicyLoader.Result result = new PolicyLoader().load(base, text);
    if (result.policy().isEmpty()) {
      throw InvalidInputException.of(result.problems(), result.problems().size());
    }
    return result.policy().get();
  }
}
