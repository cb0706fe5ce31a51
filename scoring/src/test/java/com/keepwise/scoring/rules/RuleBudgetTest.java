package com.keepwise.scoring.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.Problem;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import com.keepwise.scoring.testing.TextEdit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 3: rule conditions that pass type-checking but would run forever, exhaust memory
 * or fail on data. Each is refused when the policy loads, located, or stopped when it runs and
 * reported with the rule and the customer.
 */
class RuleBudgetTest {

  static final String THREAT = "when: \"bullies_staff.threats >= 1\"";

  /** The line of the default policy's threat rule, whose condition each test replaces. */
  static final int LINE =
      (int)
              PolicyLoader.defaultPolicyText()
                  .substring(0, PolicyLoader.defaultPolicyText().indexOf(THREAT))
                  .chars()
                  .filter(c -> c == '\n')
                  .count()
          + 1;

  static final String TWENTY =
      IntStream.range(0, 20).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));

  static PolicyLoader.Result load(String when) {
    return new PolicyLoader()
        .load(
            "policy.yaml",
            TextEdit.replaced(PolicyLoader.defaultPolicyText(), THREAT, "when: \"" + when + "\""));
  }

  static List<String> problems(String when) {
    PolicyLoader.Result result = load(when);
    assertTrue(result.policy().isEmpty(), "loaded: " + when);
    return result.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void comprehensionsNestedThreeDeepAreRefusedAtTheirPlace() {
    // 20^6 = 64 million evaluations per customer: today it passes check and score never ends.
    String nested =
        TWENTY
            + ".all(a, "
            + TWENTY
            + ".all(b, "
            + TWENTY
            + ".all(c, "
            + TWENTY
            + ".all(d, a + b + c + d >= 0))))";
    List<String> problems = problems(nested);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .matches(
                "policy\\.yaml:"
                    + LINE
                    + ":\\d+: hard_rules\\[1\\]\\.when: comprehensions nest 3 deep .*"),
        problems.toString());
    // Two deep is fine: 400 iterations.
    assertTrue(load(TWENTY + ".all(a, " + TWENTY + ".exists(b, a + b >= 0))").policy().isPresent());
  }

  @Test
  void aHugeRegularExpressionIsRefusedWhereItIsWritten() {
    List<String> problems = problems("customer.segment.matches('(a{100}){100}')");
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .startsWith(
                "policy.yaml:"
                    + LINE
                    + ":37: hard_rules[1].when: the regular expression compiles to"),
        problems.toString());
    assertTrue(
        problems(("customer.segment.matches('(')"))
            .get(0)
            .contains("the regular expression is not valid"));
    // Compiling this one would take minutes and gigabytes: it is refused from its text.
    List<String> nested = problems("customer.segment.matches('((a{1000}){1000}){1000}')");
    assertTrue(
        nested
            .get(0)
            .startsWith(
                "policy.yaml:"
                    + LINE
                    + ":37: hard_rules[1].when: the regular expression repeats too much"),
        nested.toString());
    assertTrue(load("customer.segment.matches('^[A-Z]{2}[0-9]{4,6}$')").policy().isPresent());
  }

  @Test
  void aHugeExpressionIsRefused() {
    String big =
        IntStream.range(0, 400)
            .mapToObj(i -> "trend.recent >= " + i)
            .collect(Collectors.joining(" || "));
    List<String> problems = problems(big);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("policy.yaml:" + LINE + ":"), problems.toString());
    String deep = "(".repeat(100) + "trend.recent >= 1" + ")".repeat(100);
    assertTrue(problems(deep).get(0).startsWith("policy.yaml:" + LINE + ":"));
  }

  @Test
  void iterationsAreBoundedWhenTheConditionRuns() {
    // Two deep but wide: 200 × 200 = 40,000 iterations, over the budget of 10,000.
    String wide =
        IntStream.range(0, 200)
            .mapToObj(Integer::toString)
            .collect(Collectors.joining(",", "[", "]"));
    LoadedPolicy policy =
        load(wide + ".all(a, " + wide + ".all(b, a + b >= 0))").policy().orElseThrow();
    RuleFailure failure = assertThrows(RuleFailure.class, () -> assess(policy));
    assertTrue(
        failure
            .getMessage()
            .startsWith("policy.yaml:" + LINE + ":11: hard_rules[1].when: failed for customer X: "),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("10000"), failure.getMessage());
  }

  @Test
  void aDivisionByZeroNamesTheRuleAndTheCustomer() {
    LoadedPolicy policy = load("1 / (trend.recent - trend.recent) > 0").policy().orElseThrow();
    RuleFailure failure = assertThrows(RuleFailure.class, () -> assess(policy));
    assertEquals(
        "policy.yaml:"
            + LINE
            + ":11: hard_rules[1].when: failed for customer X: / by zero"
            + " (expected a condition that can be evaluated for every customer)",
        failure.getMessage());
  }

  @Test
  void anInvalidRegularExpressionBuiltFromDataNamesTheRuleAndTheCustomer() {
    LoadedPolicy policy =
        load("customer.segment.matches(customer.segment + '(')").policy().orElseThrow();
    RuleFailure failure = assertThrows(RuleFailure.class, () -> assess(policy));
    assertTrue(
        failure
            .getMessage()
            .startsWith("policy.yaml:" + LINE + ":11: hard_rules[1].when: failed for customer X: "),
        failure.getMessage());
  }

  @Test
  void aHugeRegularExpressionBuiltFromDataIsRefusedBeforeItIsCompiled() {
    // Compiled as written, this pattern takes RE2J minutes and gigabytes before its size is known.
    LoadedPolicy policy =
        load("customer.segment.matches('((' + customer.segment + '{1000}){1000}){1000}')")
            .policy()
            .orElseThrow();
    RuleFailure failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> assertThrows(RuleFailure.class, () -> assess(policy)));
    assertTrue(
        failure
            .getMessage()
            .startsWith(
                "policy.yaml:"
                    + LINE
                    + ":11: hard_rules[1].when: failed for customer X: the regular expression built"
                    + " at run time repeats too much"),
        failure.getMessage());
  }

  @Test
  void aRegularExpressionBuiltFromDataIsMeasuredOnceCompiled() throws Exception {
    LoadedPolicy policy =
        load("customer.segment.matches('(' + customer.segment + '){600}')").policy().orElseThrow();
    RuleFailure failure = assertThrows(RuleFailure.class, () -> assess(policy));
    assertTrue(failure.getMessage().contains("failed for customer X: "), failure.getMessage());
    assertTrue(failure.getMessage().contains("(expected at most 2000)"), failure.getMessage());
    assertTrue(RuleBudget.matches("Smb", "^(Smb)+$"));
    assertFalse(RuleBudget.matches("Smb", "^smb$"));
  }

  static Object assess(LoadedPolicy policy) {
    return ScenarioBuilder.asOf(LocalDate.of(2026, 11, 1))
        .customer("X")
        .and()
        .invoices("X", 12, 0, 0)
        .assess("X", policy);
  }
}
