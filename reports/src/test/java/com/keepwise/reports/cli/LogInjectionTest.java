package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Issue 11, point 5: text from pull-request files and from data reaching standard output and CI
 * logs. No line may begin a GitHub Actions workflow command ({@code ::error ...}), no escape
 * character may reach the terminal, and the JUnit XML stays well-formed.
 */
class LogInjectionTest {

  static final String NAME = "x\n::error file=a,line=1::pwned\u001b[31m\u0007";

  @TempDir Path temp;

  static void assertSafe(String printed) {
    for (String line : printed.split("\n", -1)) {
      assertFalse(line.startsWith("::"), "a workflow command: " + line);
      assertFalse(
          line.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r'),
          "a control character: " + line);
    }
  }

  @Test
  void caseNamesAreOneLineAndTheJUnitXmlIsWellFormed() throws Exception {
    Path cases =
        Files.writeString(
            temp.resolve("cases.yaml"),
            String.join(
                "\n",
                "cases:",
                "  - name: \"x\\n::error file=a,line=1::pwned\\e[31m\\a\\0\"",
                "    customer: {}",
                "    expect: {action: EXIT_NOW}",
                "  - name: \"passes\\n::warning::too\"",
                "    customer: {}",
                "    expect: {action: KEEP}",
                ""));
    Path junit = temp.resolve("junit.xml");
    CliRun run = CliRun.of("test", cases.toString(), "--junit", junit.toString());
    assertEquals(ExitCodes.CHECKS_FAILED, run.exit(), run.out() + run.err());
    assertSafe(run.out());
    assertSafe(run.err());
    assertTrue(
        run.out().contains("  FAIL  x\\n::error file=a,line=1::pwned\\u001B[31m\\u0007\\u0000  ("),
        run.out());
    assertTrue(run.out().contains("  PASS  passes\\n::warning::too"), run.out());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertEquals(2, xml.getElementsByTagName("testcase").getLength());
  }

  @Test
  void yamlKeysAndDescriptionsInProblemsAreOneLine() throws IOException {
    Path policy =
        Files.writeString(
            temp.resolve("policy.yaml"),
            TextEdit.replaced(
                PolicyLoader.defaultPolicyText(),
                "version: 1",
                "version: 1\n\"zz\\n::error::pwned\\e]0;title\\a\": 1"));
    CliRun run = CliRun.of("check", policy.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertSafe(run.out());
    assertSafe(run.err());
    assertTrue(run.err().contains("zz\\n::error::pwned\\u001B]0;title\\u0007"), run.err());
  }

  @Test
  void changedDescriptionsInADiffAreOneLine() throws IOException {
    Path data =
        DatasetFiles.withCustomers()
            .customer("C1", "Good Co", "smb", "50000")
            .writeTo(temp.resolve("data"));
    Path base = Files.writeString(temp.resolve("base.yaml"), PolicyLoader.defaultPolicyText());
    String text = PolicyLoader.defaultPolicyText();
    int at = text.indexOf("description:", text.indexOf("hard_rules:"));
    String changed =
        text.substring(0, at)
            + "description: \"new\\n::error::pwned\\e[2J\"\n    old_description:"
            + text.substring(at + "description:".length());
    Path policy =
        Files.writeString(
            temp.resolve("policy.yaml"),
            TextEdit.replaced(changed, "\n    old_description:", "\n    # was:"));
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            base.toString(),
            "--policy",
            policy.toString(),
            "--data",
            data.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertSafe(run.out());
    assertTrue(run.out().contains("new\\n::error::pwned\\u001B[2J"), run.out());
  }

  @Test
  void customerNamesInExplainAreOneLine() throws IOException {
    Path data =
        DatasetFiles.withCustomers()
            .customer("C1", NAME, "smb\u001b[2J", "50000")
            .writeTo(temp.resolve("data"));
    CliRun run = CliRun.of("explain", "--data", data.toString(), "C1");
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertSafe(run.out());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        "C1  x\\n::error file=a,line=1::pwned\\u001B[31m\\u0007  (segment smb\\u001B[2J)",
        lines.get(0));
  }
}
