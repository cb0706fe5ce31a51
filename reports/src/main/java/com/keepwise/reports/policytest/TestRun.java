package com.keepwise.reports.policytest;

import com.keepwise.domain.Problem;
import java.util.List;

/**
 * The outcome of running case files: a result per case, in file and case order, or the problems
 * (datasets that do not read cleanly, customers not in them) that kept cases from running.
 */
public record TestRun(List<CaseResult> results, List<Problem> problems, long problemCount) {

  public TestRun {
    results = List.copyOf(results);
    problems = List.copyOf(problems);
  }

  public long passed() {
    return results.stream().filter(CaseResult::passed).count();
  }

  public long failed() {
    return results.size() - passed();
  }
}
