package com.keepwise.reports.cli;

import com.keepwise.reports.Staging;
import com.keepwise.reports.starter.StarterProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keepwise init}: a starter project for keeping a customer policy in version control. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Write a starter project: the commented default policy, site.yaml, a small sample dataset, policy tests"
          + " that pass, the JSON Schemas for editors, and CI and pre-commit examples running check, test and diff.",
      "DIR must be new or empty: nothing is ever overwritten."
    })
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A new or empty directory for the project.")
  Path dir;

  @Override
  public Integer call() throws IOException {
    List<String> written;
    try {
      written = Staging.newDirectory(dir, "init", StarterProject::write);
    } catch (Staging.TargetInUse e) {
      throw InvalidInputException.of(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Wrote a starter project to %s (%d files):%n", dir, written.size());
    written.stream().filter(f -> !f.startsWith("data/")).forEach(f -> out.println("  " + f));
    out.printf(
        Locale.ROOT,
        "  data/ (a sample dataset of %d customers)%n",
        StarterProject.SAMPLE_CUSTOMERS);
    out.println(
        "Next: cd " + dir + " && keepwise test --policy policy.yaml cases/ (see README.md)");
    out.flush();
    return ExitCodes.SUCCESS;
  }
}
