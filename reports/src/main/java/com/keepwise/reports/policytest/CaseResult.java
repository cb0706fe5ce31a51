package com.keepwise.reports.policytest;

import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.decide.Assessment;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A case run: what came out, and each way it differs from what was expected (none: passed).
 *
 * @param currency the currency the case's money is in, for saying its reasons in words
 */
public record CaseResult(
    CaseLoader.LoadedCase testCase,
    Assessment assessment,
    Currency currency,
    List<String> failures) {

  public CaseResult {
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }

  public String name() {
    return testCase.spec().name();
  }

  /** Compares the decision with the case's expectation. */
  static CaseResult of(CaseLoader.LoadedCase testCase, Assessment assessment, Currency currency) {
    Expectation expect = testCase.spec().expect();
    Decision d = assessment.decision();
    List<String> failures = new ArrayList<>();
    if (!expect.allows(d.action())) {
      failures.add("action is " + d.action() + " (expected " + expect.actionSaid() + ")");
    }
    expect
        .rule()
        .ifPresent(
            rule -> {
              Optional<String> fired = d.rule();
              if (rule.equals(Expectation.NO_RULE) && fired.isPresent()) {
                failures.add("hard rule " + fired.get() + " decided (expected no hard rule)");
              } else if (!rule.equals(Expectation.NO_RULE) && !fired.equals(Optional.of(rule))) {
                failures.add(
                    fired.map(f -> "hard rule " + f + " decided").orElse("no hard rule decided")
                        + " (expected "
                        + rule
                        + ")");
              }
            });
    expect
        .risk()
        .filter(r -> !r.contains(d.risk().value()))
        .ifPresent(r -> failures.add("risk is " + d.risk() + " (expected " + r + ")"));
    expect
        .value()
        .filter(r -> !r.contains(d.value().value()))
        .ifPresent(r -> failures.add("value is " + d.value() + " (expected " + r + ")"));
    List<ReasonCode> reasons = d.reasonCodes();
    for (ReasonCode reason : expect.reasons().orElse(List.of())) {
      if (!reasons.contains(reason)) {
        failures.add("reason " + reason + " is missing (expected it among the reasons)");
      }
    }
    for (ReasonCode reason : expect.notReasons().orElse(List.of())) {
      if (reasons.contains(reason)) {
        failures.add("reason " + reason + " is among the reasons (expected it not to be)");
      }
    }
    expect
        .topReason()
        .ifPresent(
            top -> {
              if (reasons.isEmpty() || reasons.get(0) != top) {
                failures.add(
                    (reasons.isEmpty()
                            ? "there are no reasons"
                            : "the strongest reason is " + reasons.get(0))
                        + " (expected "
                        + top
                        + ")");
              }
            });
    return new CaseResult(testCase, assessment, currency, failures);
  }
}
