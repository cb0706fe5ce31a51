package com.keepwise.reports.policytest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.keepwise.domain.Problem;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Issue 11: whatever a pull request puts in a policy test-case file, it is either refused with
 * located problems or its cases run, in well under a second of CPU each, never with an exception,
 * an overflow or an out-of-memory error: the bounds on counts and amounts are the oracle. In a
 * normal build only the seed corpus in {@code CaseLoaderFuzzTestInputs/} is replayed; to fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw test -pl reports -am -Dtest='CaseLoaderFuzzTest'}.
 */
class CaseLoaderFuzzTest {

  static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  static Path dir;
  static LoadedPolicy policy;

  @BeforeAll
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("case-fuzz");
    policy = PolicyLoader.defaultPolicy();
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "60s")
  void anyCaseFileRunsOrIsRefusedLocatedWithinASecond(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Path file = dir.resolve("cases.yaml");
    long start = CPU.getCurrentThreadCpuTime();
    CaseLoader.Result result =
        CaseLoader.load(file, text, policy.policy().hardRules().stream().map(r -> r.id()).toList());
    int cases = 1;
    if (result.cases().isPresent()) {
      TestRun run = new CaseRunner(policy).run(List.of(result.cases().get()));
      cases = Math.max(1, run.results().size());
      assertTrue(run.passed() + run.failed() == run.results().size());
    } else {
      assertFalse(result.problems().isEmpty());
      for (Problem problem : result.problems()) {
        assertTrue(
            problem.file().equals(file.toString()) && problem.line() >= 1 && problem.column() >= 1,
            problem.toString());
        assertTrue(problem.toString().lines().count() == 1, "one line: " + problem);
      }
    }
    // A file may hold many cases; each, with its peers and events at their bounds, takes well under
    // a second.
    long millis = (CPU.getCurrentThreadCpuTime() - start) / 1_000_000 / cases;
    assertTrue(millis < 1_000, millis + " ms of CPU per case");
  }
}
