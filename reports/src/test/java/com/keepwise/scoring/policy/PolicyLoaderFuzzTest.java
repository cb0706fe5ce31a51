package com.keepwise.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.keepwise.domain.Problem;
import com.keepwise.scoring.rules.RuleFailure;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;

/**
 * Issue 11: whatever a pull request puts in a policy file, loading it either accepts it — and then
 * every rule runs on a customer within its budget — or refuses it with located problems, in well
 * under a second of CPU, never with an exception or a hang. The bounds of {@code RuleBudget} are
 * the oracle. In a normal build only the seed corpus in {@code PolicyLoaderFuzzTestInputs/} is
 * replayed; to fuzz, run {@code JAZZER_FUZZ=1 ./mvnw test -pl reports -am
 * -Dtest='PolicyLoaderFuzzTest'}.
 */
class PolicyLoaderFuzzTest {

  static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  @BeforeAll
  static void warmUp() {
    // CEL's set-up and the JIT are not the input's cost.
    PolicyLoader.defaultPolicy();
  }

  @FuzzTest(maxDuration = "60s")
  void anyPolicyLoadsOrIsRefusedLocatedWithinASecond(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    long start = CPU.getCurrentThreadCpuTime();
    PolicyLoader.Result result = new PolicyLoader().load("policy.yaml", text);
    if (result.policy().isPresent()) {
      try {
        ScenarioBuilder.asOf(LocalDate.of(2026, 11, 1))
            .customer("X")
            .and()
            .invoices("X", 12, 3, 40)
            .assess("X", result.policy().get());
      } catch (RuleFailure located) {
        assertTrue(located.getMessage().startsWith("policy.yaml:"), located.getMessage());
      }
    } else {
      assertFalse(result.problems().isEmpty());
      for (Problem problem : result.problems()) {
        assertTrue(
            problem.file().equals("policy.yaml") && problem.line() >= 1 && problem.column() >= 1,
            problem.toString());
        assertTrue(problem.toString().lines().count() == 1, "one line: " + problem);
      }
    }
    long millis = (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;
    assertTrue(millis < 1_000, millis + " ms of CPU");
  }
}
