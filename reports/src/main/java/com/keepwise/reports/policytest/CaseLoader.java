package com.keepwise.reports.policytest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.keepwise.domain.Problem;
import com.keepwise.scoring.yaml.Bound;
import com.keepwise.scoring.yaml.Locations;
import com.keepwise.scoring.yaml.Suggestions;
import com.keepwise.scoring.yaml.YamlBinder;
import com.keepwise.scoring.yaml.YamlPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file of policy test cases, checked like a policy: every key and value, then what binding
 * cannot see (dataset directories that do not exist, hard rules the policy does not have). Every
 * problem is reported at once, located.
 */
public final class CaseLoader {

  private CaseLoader() {}

  /** The cases of a file, or the problems that keep them from running. */
  public record Result(Optional<LoadedCases> cases, List<Problem> problems) {}

  /**
   * Checks a case file on its own: as {@link #load(Path, String, Collection)}, except that {@code
   * expect.rule} is not checked against a policy's hard rules.
   */
  public static Result load(Path file, String text) {
    return load(file, text, Optional.empty());
  }

  /**
   * @param file the file's path: its name in problems, its directory the base of dataset paths
   * @param ruleIds the hard rules of the policy under test, which {@code expect.rule} may name
   */
  public static Result load(Path file, String text, Collection<String> ruleIds) {
    return load(file, text, Optional.of(ruleIds));
  }

  private static Result load(Path file, String text, Optional<Collection<String>> ruleIds) {
    String source = file.toString();
    Bound<CaseFile> bound = YamlBinder.shared().bind(source, text, CaseFile.class);
    if (bound.valid().isEmpty()) {
      return new Result(Optional.empty(), bound.problems());
    }
    CaseFile cases = bound.valid().get();
    Locations where = bound.locations();
    Path base = file.toAbsolutePath().getParent();
    List<Problem> problems = new ArrayList<>();
    List<LoadedCase> loaded = new ArrayList<>();
    for (int i = 0; i < cases.cases().size(); i++) {
      PolicyCase c = cases.cases().get(i);
      JsonPointer at = JsonPointer.compile("/cases").appendIndex(i);
      Optional<Path> dataset = c.dataset().map(d -> base.resolve(d).normalize());
      if (dataset.isPresent() && !Files.isRegularFile(dataset.get().resolve("customers.csv"))) {
        problems.add(
            problem(
                source,
                where.nearest(at.appendProperty("dataset")),
                at.appendProperty("dataset"),
                "'"
                    + c.dataset().get()
                    + "' is not a dataset (expected a directory with customers.csv, relative to "
                    + file.getFileName()
                    + ")"));
      }
      Optional<String> rule = c.expect().rule().filter(r -> !r.equals(Expectation.NO_RULE));
      if (rule.isPresent() && ruleIds.isPresent() && !ruleIds.get().contains(rule.get())) {
        JsonPointer ruleAt = at.appendProperty("expect").appendProperty("rule");
        List<String> valid = new ArrayList<>(ruleIds.get());
        valid.add(Expectation.NO_RULE);
        problems.add(
            problem(
                source,
                where.nearest(ruleAt),
                ruleAt,
                "'"
                    + rule.get()
                    + "' is not a hard rule of the policy (expected one of "
                    + String.join(", ", valid)
                    + Suggestions.didYouMean(rule.get(), valid)
                    + ")"));
      }
      JsonLocation id = where.nearest(at.appendProperty("customer_id"));
      loaded.add(
          new LoadedCase(
              source,
              where.nearest(at).getLineNr(),
              i,
              c,
              dataset,
              id.getLineNr(),
              id.getColumnNr()));
    }
    if (!problems.isEmpty()) {
      problems.sort(null);
      return new Result(Optional.empty(), problems);
    }
    return new Result(Optional.of(new LoadedCases(source, cases.reviewDate(), loaded)), List.of());
  }

  private static Problem problem(
      String source, JsonLocation where, JsonPointer at, String message) {
    return new Problem(
        source,
        Math.max(1, where.getLineNr()),
        Math.max(1, where.getColumnNr()),
        YamlPaths.describe(at) + ": " + message);
  }

  /** A file's cases, ready to run. */
  public record LoadedCases(String source, java.time.LocalDate asOf, List<LoadedCase> cases) {
    public LoadedCases {
      cases = List.copyOf(cases);
    }
  }

  /**
   * One case, with where it is written.
   *
   * @param line the line the case starts on
   * @param index the case's position in its file, from 0
   * @param dataset the dataset directory, resolved, for a dataset case
   * @param customerIdLine where {@code customer_id} is written, for "not in the dataset"
   */
  public record LoadedCase(
      String source,
      long line,
      int index,
      PolicyCase spec,
      Optional<Path> dataset,
      long customerIdLine,
      int customerIdColumn) {

    /** A problem with the case's customer_id. */
    public Problem atCustomerId(String message) {
      return new Problem(
          source,
          Math.max(1, customerIdLine),
          Math.max(1, customerIdColumn),
          "cases[" + index + "].customer_id: " + message);
    }
  }
}
