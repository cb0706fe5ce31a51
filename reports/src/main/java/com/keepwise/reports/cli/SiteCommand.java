package com.keepwise.reports.cli;

import com.keepwise.domain.Problem;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.review.Timings;
import com.keepwise.reports.site.Progress;
import com.keepwise.reports.site.SiteBuilder;
import com.keepwise.reports.site.SiteConfigLoader;
import com.keepwise.reports.site.SiteException;
import com.keepwise.reports.site.SiteOptions;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keepwise site}: the review site, from a site.yaml or from flags. */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    description = {
      "Build the review site: an overview, a review per segment, a page per customer, the policy in words,"
          + " data quality and the decisions for download.",
      "The site is built aside and moved into place only when complete; the same inputs give the same files."
    })
final class SiteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand KeepwiseCli root;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(
        names = "--config",
        paramLabel = "FILE",
        description = "A site.yaml: title, client, dataset, policy, locale, sections…")
    Path config;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "A dataset directory (the flags-only form).")
    Path data;
  }

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "With --data: the policy; the default policy when absent.")
  Path policy;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the site (default: site.yaml's out, or ./site).")
  Path out;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      defaultValue = "Customer review",
      description = "With --data: the review's title.")
  String title;

  @Option(
      names = "--lenient",
      description =
          "Skip rows with problems (listed on the data-quality page) instead of stopping.")
  boolean lenient;

  @Option(
      names = "--timings",
      description = "Print where the time went, phase by phase, on standard error.")
  boolean timings;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (source.config != null) {
      var loaded =
          SiteConfigLoader.load(
              source.config, PolicyOption.readText(source.config), Optional.ofNullable(out));
      if (loaded.site().isEmpty()) {
        throw InvalidInputException.of(loaded.problems(), loaded.problems().size());
      }
      var site = loaded.site().get();
      Optional<Path> policyFile = site.policy();
      Callable<LoadedPolicy> policy =
          () ->
              policyFile.isPresent()
                  ? PolicyOption.load(policyFile.get())
                  : PolicyLoader.defaultPolicy();
      boolean skipBadRows = lenient || site.config().lenient().orElse(false);
      return build(
          site.dataset(),
          policy,
          site.options(),
          site.out(),
          skipBadRows,
          err,
          review -> site.unknownSegments(review.segments()));
    }
    if (policy != null && source.data == null) {
      throw new ParameterException(spec.commandLine(), "--policy goes with --data");
    }
    Path policyFile = policy;
    Callable<LoadedPolicy> loaded =
        () -> policyFile != null ? PolicyOption.load(policyFile) : PolicyLoader.defaultPolicy();
    return build(
        source.data,
        loaded,
        SiteOptions.defaults(title, source.data),
        out != null ? out : Path.of("site"),
        lenient,
        err,
        review -> List.of());
  }

  /**
   * @param check the problems of the configuration that only the data can tell (a segment it does
   *     not have)
   */
  private Integer build(
      Path data,
      Callable<LoadedPolicy> policy,
      SiteOptions options,
      Path target,
      boolean skipBadRows,
      PrintWriter err,
      Function<PortfolioReview, List<Problem>> check)
      throws IOException {
    DataOption dataOption = new DataOption();
    dataOption.data = data;
    dataOption.lenient = skipBadRows;
    Timings phases = new Timings();
    Progress progress = root.progress();
    PortfolioReview review = dataOption.review(policy, err, phases, progress);
    List<Problem> problems = check.apply(review);
    if (!problems.isEmpty()) {
      throw InvalidInputException.of(problems, problems.size());
    }
    SiteBuilder.Summary summary = build(review, options, target, progress, phases);
    phases.done();
    root.endProgress();
    for (String notice : summary.notices()) {
      err.println("note: " + notice);
    }
    if (timings) {
      phases.print(err);
    }
    Path index = summary.out().resolve("index.html");
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Wrote %,d pages (%,d customer pages, %,d bytes) to %s%n%s",
            summary.pages(),
            summary.customerPages(),
            summary.bytes(),
            summary.out(),
            java.nio.file.Files.exists(index)
                ? "Open " + index + " in a browser." + System.lineSeparator()
                : "");
    spec.commandLine().getOut().flush();
    return ExitCodes.SUCCESS;
  }

  /** Builds a site, turning a site that cannot be written where asked into a user error. */
  static SiteBuilder.Summary build(
      PortfolioReview review, SiteOptions options, Path target, Progress progress, Timings timings)
      throws IOException {
    try {
      return new SiteBuilder(review, options, progress).build(target, timings);
    } catch (SiteException e) {
      throw InvalidInputException.of(e.getMessage());
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(e.getFile() + ": no such file or directory");
    }
  }
}
