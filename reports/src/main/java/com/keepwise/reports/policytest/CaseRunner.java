package com.keepwise.reports.policytest;

import com.keepwise.domain.Problem;
import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.policy.LoadedPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs policy test cases under one policy. Each dataset is read once, however many cases use it,
 * strictly: a dataset with problems is reported, not guessed at.
 */
public final class CaseRunner {

  /** Inline cases have no dataset to name a currency; money in their reasons is in euros. */
  static final Currency INLINE_CURRENCY = Currency.getInstance("EUR");

  private final LoadedPolicy policy;
  private final Map<Path, Optional<PortfolioReview>> reviews = new HashMap<>();

  public CaseRunner(LoadedPolicy policy) {
    this.policy = policy;
  }

  /** Runs every case of every file, in order. */
  public TestRun run(List<CaseLoader.LoadedCases> files) throws IOException {
    List<CaseResult> results = new ArrayList<>();
    Problems problems = new Problems();
    for (CaseLoader.LoadedCases file : files) {
      for (CaseLoader.LoadedCase c : file.cases()) {
        if (c.dataset().isEmpty()) {
          Assessment a = InlineSituation.assess(c.spec(), c.index(), file.asOf(), policy);
          results.add(CaseResult.of(c, a, INLINE_CURRENCY));
          continue;
        }
        Optional<PortfolioReview> review = review(c.dataset().get(), problems);
        if (review.isEmpty()) {
          continue;
        }
        String id = c.spec().customerId().orElseThrow();
        Optional<Assessment> a = review.get().assess(id);
        if (a.isEmpty()) {
          problems.add(
              c.atCustomerId(
                  "'"
                      + id
                      + "' is not in "
                      + c.dataset().get().resolve("customers.csv")
                      + " (expected the customer_id of a customer in the dataset)"));
          continue;
        }
        results.add(CaseResult.of(c, a.get(), review.get().info().currency()));
      }
    }
    return new TestRun(results, problems.listed, problems.count);
  }

  private Optional<PortfolioReview> review(Path dir, Problems problems) throws IOException {
    if (reviews.containsKey(dir)) {
      return reviews.get(dir);
    }
    PortfolioReview review = PortfolioReview.of(Dataset.open(dir), policy);
    DatasetReport report = review.report();
    Optional<PortfolioReview> usable = Optional.of(review);
    if (report.hasProblems()) {
      problems.listed.addAll(report.problems());
      problems.count += report.problemCount();
      usable = Optional.empty();
    }
    reviews.put(dir, usable);
    return usable;
  }

  /**
   * The problems found while running, and how many there were (a dataset lists only its first
   * ones).
   */
  private static final class Problems {
    final List<Problem> listed = new ArrayList<>();
    long count;

    void add(Problem problem) {
      listed.add(problem);
      count++;
    }
  }
}
