package com.keepwise.reports.cli;

import com.keepwise.reports.Staging;
import com.keepwise.reports.starter.StarterProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
      throw InvalidInputException.of(dir + " exists and is not an empty directory (expected a new or empty directory):"
          + " nothing was written");
    }
    Files.createDirectories(target.getParent());
    // Written beside the target and moved into place, so a failure leaves no half a project.
    Path staging = Staging.beside(target, "init");
    List<String> written;
    try {
      written = StarterProject.write(staging);
      Files.deleteIfExists(target);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Wrote a starter project to %s (%d files):%n", dir, written.size());
    written.stream().filter(f -> !f.startsWith("data/")).forEach(f -> out.println("  " + f));
    out.printf(Locale.ROOT, "  data/ (a sample dataset of %d customers)%n", StarterProject.SAMPLE_CUSTOMERS);
    out.println("Next: cd " + dir + " && keepwise test --policy policy.yaml cases/ (see README.md)");
    out.flush();
    return ExitCodes.SUCCESS;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
