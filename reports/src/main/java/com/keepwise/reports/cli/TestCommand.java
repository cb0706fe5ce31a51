package com.keepwise.reports.cli;

import com.keepwise.domain.Problem;
import com.keepwise.reports.policytest.CaseLoader;
import com.keepwise.reports.policytest.CaseRunner;
import com.keepwise.reports.policytest.JUnitReport;
import com.keepwise.reports.policytest.TestRun;
import com.keepwise.reports.policytest.TextReport;
import com.keepwise.scoring.policy.HardRule;
import com.keepwise.scoring.policy.LoadedPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keepwise test}: runs policy test cases and says which pass. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run policy test cases: situations (a customer of a dataset, or one described inline) and the"
          + " decision the policy must reach for each.",
      "Prints each case as PASS or FAIL, with what was expected, what came out and why, then 'N passed, N failed'.",
      "Exits 3 when a case fails, 1 when a case file, the policy or a dataset has problems."
    })
final class TestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin PolicyOption policy;

  @Parameters(
      paramLabel = "CASES",
      arity = "1..*",
      description = "Case files (YAML), or directories to search for *.yaml and *.yml files.")
  List<Path> cases = new ArrayList<>();

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write the results as JUnit XML, for CI.")
  Path junit;

  @Override
  public Integer call() throws IOException {
    LoadedPolicy loaded = policy.load();
    List<String> ruleIds = loaded.hardRules().stream().map(HardRule::id).toList();
    List<CaseLoader.LoadedCases> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : caseFiles()) {
      CaseLoader.Result result = CaseLoader.load(file, PolicyOption.readText(file), ruleIds);
      result.cases().ifPresent(files::add);
      problems.addAll(result.problems());
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.of(problems, problems.size());
    }
    TestRun run = new CaseRunner(loaded).run(files);
    if (!run.problems().isEmpty()) {
      throw InvalidInputException.of(run.problems(), run.problemCount());
    }
    PrintWriter out = spec.commandLine().getOut();
    TextReport.print(run, out);
    out.flush();
    if (junit != null) {
      AtomicFile.write(junit, stream -> JUnitReport.write(run, stream));
    }
    return run.failed() > 0 ? ExitCodes.CHECKS_FAILED : ExitCodes.SUCCESS;
  }

  /**
   * The files named, and the case files under the directories named, each directory's sorted by
   * path.
   */
  private List<Path> caseFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path given : cases) {
      if (!Files.isDirectory(given)) {
        files.add(given);
        continue;
      }
      try (Stream<Path> walk = Files.walk(given)) {
        List<Path> found =
            walk.filter(Files::isRegularFile)
                .filter(
                    p ->
                        p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml"))
                .sorted()
                .toList();
        if (found.isEmpty()) {
          throw InvalidInputException.of(
              given + ": no case files (expected *.yaml or *.yml files in the directory)");
        }
        files.addAll(found);
      }
    }
    return files;
  }
}
