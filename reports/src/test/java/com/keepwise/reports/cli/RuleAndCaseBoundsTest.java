package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 3, from the command line: a rule that fails on data is a located error naming the
 * rule and the customer (exit 1, not 70), one that would run forever is refused by {@code check},
 * and case files cannot ask for billions of events or amounts that overflow.
 */
class RuleAndCaseBoundsTest {

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

  @TempDir Path temp;

  Path policy(String when) throws IOException {
    return Files.writeString(
        temp.resolve("policy.yaml"),
        TextEdit.replaced(PolicyLoader.defaultPolicyText(), THREAT, "when: \"" + when + "\""));
  }

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C1", "Good Co", "smb", "50000")
        .writeTo(temp.resolve("data"));
  }

  @Test
  void aRuleThatFailsOnDataIsALocatedErrorNotABug() throws IOException {
    Path policy = policy("1 / (trend.recent - trend.recent) > 0");
    assertEquals(ExitCodes.SUCCESS, CliRun.of("check", policy.toString()).exit());
    CliRun run = CliRun.of("score", "--data", dataset().toString(), "--policy", policy.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
    assertEquals(
        policy
            + ":"
            + LINE
            + ":11: hard_rules[1].when: failed for customer C1: / by zero"
            + " (expected a condition that can be evaluated for every customer)\n",
        run.err());
  }

  @Test
  void aRuleThatWouldRunForeverDoesNotPassCheck() throws IOException {
    String list = "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]";
    Path policy =
        policy(
            list
                + ".all(a, "
                + list
                + ".all(b, "
                + list
                + ".all(c, "
                + list
                + ".all(d, "
                + list
                + ".all(e, a + b + c + d + e >= 0)))))");
    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> CliRun.of("check", policy.toString()));
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertTrue(run.err().startsWith(policy + ":" + LINE + ":"), run.err());
    assertTrue(run.err().contains("comprehensions nest 3 deep"), run.err());
  }

  @Test
  void aCaseAskingForBillionsOfIncidentsIsALocatedError() throws IOException {
    Path cases =
        Files.writeString(
            temp.resolve("cases.yaml"),
            String.join(
                "\n",
                "cases:",
                "  - name: many",
                "    events:",
                "      incidents: {kind: threat, count: 2000000000}",
                "    expect: {action: EXIT_NOW}",
                "  - name: rich",
                "    customer: {annual_revenue: 9223372036854775807}",
                "    events:",
                "      unpaid_invoices: {amount: 9223372036854775807, days_overdue: 100}",
                "    expect: {action: EXIT_NOW}",
                ""));
    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> CliRun.of("test", cases.toString()));
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains(cases + ":4:"), run.err());
    assertTrue(run.err().contains("is 2000000000 (expected 1 to 120)"), run.err());
    assertTrue(run.err().contains(cases + ":7:"), run.err());
    assertTrue(run.err().contains(cases + ":9:"), run.err());
    assertTrue(
        run.err().contains("is 9223372036854775807 (expected 0 to 1000000000000)"), run.err());
    assertTrue(
        run.err().contains("is 9223372036854775807 (expected 1 to 1000000000000)"), run.err());
  }
}
