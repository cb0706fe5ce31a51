package com.keepwise.reports.cli;

import com.keepwise.reports.Staging;
import com.keepwise.reports.generate.SyntheticDataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.review.Timings;
import com.keepwise.reports.site.Progress;
import com.keepwise.reports.site.SiteBuilder;
import com.keepwise.reports.site.SiteLanguage;
import com.keepwise.reports.site.SiteOptions;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code keepwise demo}: the review site of an embedded sample dataset, under the default policy.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Build the review site of the embedded demo dataset (300 synthetic customers covering every"
            + " behaviour of the catalog) under the default policy.")
final class DemoCommand implements Callable<Integer> {

  /** Where the demo dataset lives on the class path. */
  static final String DATASET = "/com/keepwise/reports/demo/";

  @Spec CommandSpec spec;
  @ParentCommand KeepwiseCli root;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "demo-site",
      description = "Where to write the site (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--locale",
      paramLabel = "LANG",
      defaultValue = "en",
      completionCandidates = Languages.class,
      description = "The review's language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String locale;

  /** The site's languages, for the help and for shell completion. */
  static final class Languages implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return SiteLanguage.codes().iterator();
    }
  }

  @Override
  public Integer call() throws IOException {
    SiteLanguage language =
        SiteLanguage.of(locale)
            .orElseThrow(
                () ->
                    new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--locale is one of " + String.join(", ", SiteLanguage.codes())));
    Path data = Files.createTempDirectory("keepwise-demo-");
    try {
      copyDataset(data);
      DataOption dataOption = new DataOption();
      dataOption.data = data;
      Timings timings = new Timings();
      Progress progress = root.progress();
      PortfolioReview review =
          dataOption.review(
              PolicyLoader::defaultPolicy, spec.commandLine().getErr(), timings, progress);
      SiteOptions options =
          SiteOptions.builder("Keepwise demo review", data)
              .client("Demo client")
              .locale(language.locale())
              .build();
      SiteBuilder.Summary summary = SiteCommand.build(review, options, out, progress, timings);
      root.endProgress();
      PrintWriter printed = spec.commandLine().getOut();
      printed.printf(
          Locale.ROOT,
          "Wrote %,d pages (%,d customer pages, %,d bytes) to %s%nOpen %s in a browser.%n",
          summary.pages(),
          summary.customerPages(),
          summary.bytes(),
          out,
          out.resolve("index.html"));
      printed.flush();
      return ExitCodes.SUCCESS;
    } finally {
      Staging.deleteTree(data);
    }
  }

  /** Copies the embedded demo dataset into {@code dir}. */
  static void copyDataset(Path dir) throws IOException {
    for (String file : SyntheticDataset.files()) {
      try (InputStream in = DemoCommand.class.getResourceAsStream(DATASET + file)) {
        if (in == null) {
          throw new IllegalStateException("the demo dataset lacks " + file);
        }
        Files.copy(in, dir.resolve(file));
      }
    }
  }
}
