package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keepwise diff}: two real policies over one real dataset, and a base taken from git. */
class DiffCommandTest {

  @TempDir Path temp;
  Path data;
  Path base;
  Path changed;

  /**
   * The base is the default policy. The change drops the hard rule for threats (the bully C3 is no
   * longer exited by it) and keeps the best customers instead of nurturing them (C1).
   */
  @BeforeEach
  void policiesAndData() throws IOException {
    data = TestCommandTest.smallDataset(temp.resolve("data"));
    base = temp.resolve("base.yaml");
    Files.writeString(base, PolicyLoader.defaultPolicyText());
    changed = temp.resolve("policy.yaml");
    Files.writeString(changed, changedPolicy());
  }

  static String changedPolicy() {
    String text = PolicyLoader.defaultPolicyText();
    String threat =
        text.substring(text.indexOf("  - id: threat\n"), text.indexOf("  - id: repeated_abuse\n"));
    return TextEdit.of(text)
        .remove(threat)
        .replace(
            "low_risk:      {low_value: KEEP,            medium_value: KEEP,            high_value: NURTURE}",
            "low_risk:      {low_value: KEEP,            medium_value: KEEP,            high_value: KEEP}")
        .text();
  }

  @Test
  void showsWhoMovesFromWhatToWhatAndWhy() {
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            base.toString(),
            "--policy",
            changed.toString(),
            "--data",
            data.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertEquals("", run.err());
    assertEquals(
        List.of(
            "Policy diff: " + base + " → " + changed + ", dataset " + data + " (3 customers)",
            "",
            "What changed in the policy (2):",
            "  matrix.low_risk.high_value: NURTURE → KEEP",
            "  hard_rules[threat]: removed (was {id: threat, description: \"Threatened harm to people or property: act quickly"
                + " (004 #7).\", when: \"bullies_staff.threats >= 1\", action: EXIT_NOW})",
            "",
            "2 of 3 decisions change (66.7%); revenue changing action: 130,000 EUR of 150,000 EUR (86.7%)",
            "Towards parting ways: 1 customer, 50,000 EUR. Back towards keeping: 1 customer, 80,000 EUR.",
            "",
            "Customers by action, base policy (rows) → new policy (columns):",
            "                   NURTURE  KEEP  WATCH  RESET_TERMS  REFER_ELSEWHERE  EXIT_NOW",
            "  NURTURE                .     1      .            .                .         .",
            "  KEEP                   .     .      .            .                .         .",
            "  WATCH                  .     .      .            .                .         .",
            "  RESET_TERMS            .     .      .            .                .         .",
            "  REFER_ELSEWHERE        .     .      .            .                .         .",
            "  EXIT_NOW               .     .      .            1                .         1",
            "",
            "Customers whose action changes, most revenue first:",
            "  C3  Bully Ltd (enterprise, 80,000 EUR): EXIT_NOW → RESET_TERMS; hard rule threat no longer decides;"
                + " matrix high_risk × high_value",
            "  C1  Good Co (smb, 50,000 EUR): NURTURE → KEEP; matrix low_risk × high_value (as before, now KEEP)"),
        run.out().lines().toList());
  }

  @Test
  void markdownIsReadyForAPullRequest() {
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            base.toString(),
            "--policy",
            changed.toString(),
            "--data",
            data.toString(),
            "--format",
            "markdown",
            "--show",
            "1");
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("### Keepwise: what this policy change moves", lines.get(0));
    assertTrue(
        lines.contains(
            "**2 of 3 decisions change (66.7%); revenue changing action: 130,000 EUR of 150,000 EUR (86.7%)**"),
        run.out());
    assertTrue(lines.contains("- matrix.low\\_risk.high\\_value: NURTURE → KEEP"), run.out());
    assertTrue(
        lines.contains(
            "| base \\ new | NURTURE | KEEP | WATCH | RESET_TERMS | REFER_ELSEWHERE | EXIT_NOW |"),
        run.out());
    assertTrue(lines.contains("| **NURTURE** | · | **1** | · | · | · | · |"), run.out());
    assertTrue(lines.contains("| **EXIT_NOW** | · | · | · | **1** | · | 1 |"), run.out());
    assertTrue(
        lines.contains(
            "| C3 Bully Ltd | enterprise | 80,000 EUR | EXIT_NOW | RESET_TERMS | hard rule threat no longer"
                + " decides; matrix high\\_risk × high\\_value |"),
        run.out());
    assertEquals("… and 1 more (--show N lists more).", lines.get(lines.size() - 1));
  }

  @Test
  void markdownEscapesWhatTheDataHolds() throws IOException {
    Path hostile =
        com.keepwise.reports.testing.DatasetFiles.withCustomers()
            .customer("C<1>", "<script>alert(1)</script> | *Co* [x](y)", "smb", "50000")
            .writeTo(temp.resolve("hostile"));
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            base.toString(),
            "--policy",
            changed.toString(),
            "--data",
            hostile.toString(),
            "--format",
            "markdown");
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains(
                "| C&lt;1&gt; &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*Co\\* \\[x\\](y) | smb |"
                    + " 50,000 EUR | NURTURE | KEEP |"),
        run.out());
    assertTrue(run.out().contains("dataset `" + hostile + "`"), run.out());
  }

  @Test
  void moreChangesThanAllowedFailTheRun() {
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            base.toString(),
            "--policy",
            changed.toString(),
            "--data",
            data.toString(),
            "--fail-over",
            "1");
    assertEquals(ExitCodes.CHECKS_FAILED, run.exit());
    assertEquals("keepwise: 2 decisions change, more than --fail-over 1\n", run.err());
    assertEquals(
        ExitCodes.SUCCESS,
        CliRun.of(
                "diff",
                "--base",
                base.toString(),
                "--policy",
                changed.toString(),
                "--data",
                data.toString(),
                "--fail-over",
                "2")
            .exit());
  }

  @Test
  void policiesThatGatherSignalsDifferentlyReadTheDatasetTwice() throws IOException {
    Path shorter = temp.resolve("shorter.yaml");
    Files.writeString(
        shorter,
        TextEdit.of(PolicyLoader.defaultPolicyText())
            .replace("  window_months: 12", "  window_months: 3")
            .replace("  recent_months: 6", "  recent_months: 1")
            .text());
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            base.toString(),
            "--policy",
            shorter.toString(),
            "--data",
            data.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertEquals(
        "note: the policies differ in review or business_hours, so the dataset is read a second time\n",
        run.err());
    assertTrue(
        run.out().contains("  review.window_months: 12 → 3\n  review.recent_months: 6 → 1\n"),
        run.out());
    // C3's threat (2026-06-01) is outside a three-month window; C2's invoice is overdue whatever
    // the window.
    assertTrue(
        run.out()
            .contains(
                "  C3  Bully Ltd (enterprise, 80,000 EUR): EXIT_NOW → NURTURE; hard rule threat no longer"
                    + " decides; "),
        run.out());
    assertTrue(run.out().contains("1 of 3 decisions change (33.3%)"), run.out());
  }

  @Test
  void thePolicyAgainstItselfMovesNothing() {
    CliRun run = CliRun.of("diff", "--base", base.toString(), "--data", data.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertEquals(
        List.of(
            "Policy diff: " + base + " → default-policy.yaml, dataset " + data + " (3 customers)",
            "",
            "The policies set the same values (they differ at most in comments and layout).",
            "",
            "0 of 3 decisions change (0.0%); revenue changing action: 0 EUR of 150,000 EUR (0.0%)"),
        run.out().lines().toList());
  }

  @Test
  void theBaseCanComeFromAGitRevision() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    Path policy = repo.resolve("policy.yaml");
    Files.writeString(policy, PolicyLoader.defaultPolicyText());
    git(repo, "init", "-q");
    git(repo, "add", "policy.yaml");
    git(
        repo,
        "-c",
        "user.name=Keepwise Test",
        "-c",
        "user.email=test@example.com",
        "commit",
        "-q",
        "-m",
        "the policy");
    Files.writeString(policy, changedPolicy());

    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            "HEAD:policy.yaml",
            "--policy",
            policy.toString(),
            "--data",
            data.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        "Policy diff: HEAD:policy.yaml → " + policy + ", dataset " + data + " (3 customers)",
        lines.get(0));
    assertTrue(lines.contains("  matrix.low_risk.high_value: NURTURE → KEEP"), run.out());
    assertTrue(
        lines.contains(
            "2 of 3 decisions change (66.7%); revenue changing action: 130,000 EUR of 150,000 EUR (86.7%)"),
        run.out());

    CliRun missing =
        CliRun.of(
            "diff",
            "--base",
            "HEAD:nope.yaml",
            "--policy",
            policy.toString(),
            "--data",
            data.toString());
    assertEquals(ExitCodes.INVALID_INPUT, missing.exit());
    assertEquals(
        "--base HEAD:nope.yaml: path 'nope.yaml' does not exist in 'HEAD' (expected REV:PATH of a policy"
            + " committed in the git repository at "
            + repo
            + ")\n",
        missing.err());
    CliRun noRevision =
        CliRun.of(
            "diff",
            "--base",
            "nobranch:policy.yaml",
            "--policy",
            policy.toString(),
            "--data",
            data.toString());
    assertEquals(ExitCodes.INVALID_INPUT, noRevision.exit());
    assertTrue(
        noRevision.err().startsWith("--base nobranch:policy.yaml: invalid object name 'nobranch'"),
        noRevision.err());
  }

  @Test
  void aBaseWithProblemsIsLocatedInTheRevision() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    Path policy = repo.resolve("policy.yaml");
    Files.writeString(
        policy, TextEdit.replaced(PolicyLoader.defaultPolicyText(), "version: 1", "version: 7"));
    git(repo, "init", "-q");
    git(repo, "add", "policy.yaml");
    git(
        repo,
        "-c",
        "user.name=Keepwise Test",
        "-c",
        "user.email=test@example.com",
        "commit",
        "-q",
        "-m",
        "a broken policy");
    Files.writeString(policy, PolicyLoader.defaultPolicyText());
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            "HEAD:policy.yaml",
            "--policy",
            policy.toString(),
            "--data",
            data.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    String text = PolicyLoader.defaultPolicyText();
    long line = text.substring(0, text.indexOf("version: 1")).lines().count() + 1;
    assertEquals("HEAD:policy.yaml:" + line + ":10: version: is 7 (expected 1)\n", run.err());
  }

  static void git(Path dir, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process git;
    try {
      git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("git is not installed: " + e.getMessage());
      return;
    }
    String output =
        new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(git.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, git.exitValue(), output);
  }
}
