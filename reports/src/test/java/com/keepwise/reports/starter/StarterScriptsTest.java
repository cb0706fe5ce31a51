package com.keepwise.reports.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.scoring.testing.TextEdit;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The starter project's CI script and pre-commit hook, run as CI and git run them: with sh, in a
 * git repository, Keepwise started from this test's class path.
 */
class StarterScriptsTest {

  @TempDir Path temp;

  record Run(int exit, String output) {}

  static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      Assumptions.abort(command[0] + " is not installed: " + e.getMessage());
      throw e;
    }
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), output);
    return new Run(process.exitValue(), output);
  }

  static String keepwise() {
    // Short runs on a busy machine: the quick compiler and the serial collector start fastest.
    return String.join(
        " ",
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            "com.keepwise.reports.cli.Main"));
  }

  @Test
  void theCiScriptChecksTestsAndDiffsAgainstTheBase() throws Exception {
    Assumptions.assumeFalse(
        System.getProperty("java.class.path").contains(" "), "a class path with spaces");
    Assumptions.assumeTrue(File.separatorChar == '/', "sh scripts");
    Path project = temp.resolve("project");
    StarterProject.write(Files.createDirectories(project));
    Map<String, String> git =
        Map.of(
            "GIT_AUTHOR_NAME",
            "Keepwise Test",
            "GIT_AUTHOR_EMAIL",
            "test@example.com",
            "GIT_COMMITTER_NAME",
            "Keepwise Test",
            "GIT_COMMITTER_EMAIL",
            "test@example.com");
    assertEquals(0, run(project, git, "git", "init", "-q").exit());
    assertEquals(0, run(project, git, "git", "add", "-A").exit());
    assertEquals(0, run(project, git, "git", "commit", "-q", "-m", "the policy").exit());

    Path policy = project.resolve("policy.yaml");
    // A change that moves a decision, not a case.
    Files.writeString(
        policy,
        TextEdit.replaced(Files.readString(policy), "  value_medium: 35", "  value_medium: 45"));
    Run ci =
        run(
            project,
            Map.of("KEEPWISE", keepwise(), "BASE", "HEAD", "FAIL_OVER", "0"),
            "sh",
            "ci/keepwise-checks.sh");
    assertEquals(3, ci.exit(), ci.output());
    assertTrue(ci.output().contains("policy.yaml: valid policy"), ci.output());
    assertTrue(ci.output().contains("15 passed, 0 failed"), ci.output());
    assertTrue(ci.output().contains("- bands.value\\_medium: 35 → 45"), ci.output());
    assertTrue(ci.output().contains("more than --fail-over 0"), ci.output());
    assertTrue(
        Files.readString(project.resolve("policy-diff.md"))
            .startsWith("### Keepwise: what this policy change moves"));
    assertTrue(
        Files.readString(project.resolve("policy-tests.xml"))
            .contains("tests=\"15\" failures=\"0\""));

    // The hook runs the same check and test as the script (passing above); each run starts JVMs, so
    // only the refusal here.
    Files.writeString(
        policy,
        TextEdit.replaced(Files.readString(policy), "  risk_medium: 15", "  risk_medium: 88"));
    Run refused = run(project, Map.of("KEEPWISE", keepwise()), "sh", "hooks/pre-commit");
    assertEquals(1, refused.exit(), refused.output());
    assertTrue(refused.output().contains("policy.yaml:"), refused.output());
  }

  @Test
  void theCiScriptNeverSkipsTheDiffSilently() throws Exception {
    Assumptions.assumeFalse(
        System.getProperty("java.class.path").contains(" "), "a class path with spaces");
    Assumptions.assumeTrue(File.separatorChar == '/', "sh scripts");
    Path project = temp.resolve("project");
    StarterProject.write(Files.createDirectories(project));
    Map<String, String> git =
        Map.of(
            "GIT_AUTHOR_NAME",
            "Keepwise Test",
            "GIT_AUTHOR_EMAIL",
            "test@example.com",
            "GIT_COMMITTER_NAME",
            "Keepwise Test",
            "GIT_COMMITTER_EMAIL",
            "test@example.com");
    assertEquals(0, run(project, git, "git", "init", "-q").exit());
    assertEquals(0, run(project, git, "git", "add", "README.md").exit());
    assertEquals(0, run(project, git, "git", "commit", "-q", "-m", "no policy yet").exit());

    Run noBase = run(project, Map.of("KEEPWISE", keepwise()), "sh", "ci/keepwise-checks.sh");
    assertEquals(0, noBase.exit(), noBase.output());
    assertTrue(noBase.output().contains("no policy diff: BASE is not set"), noBase.output());

    Run unknownRevision =
        run(
            project,
            Map.of("KEEPWISE", keepwise(), "BASE", "origin/nowhere"),
            "sh",
            "ci/keepwise-checks.sh");
    assertEquals(1, unknownRevision.exit(), unknownRevision.output());
    assertTrue(
        unknownRevision
            .output()
            .contains(
                "the policy diff was skipped: the base revision 'origin/nowhere' is not in"
                    + " this repository"),
        unknownRevision.output());
    assertTrue(
        unknownRevision.output().contains("set ALLOW_MISSING_BASE=1 to allow that"),
        unknownRevision.output());

    Run noPolicy =
        run(project, Map.of("KEEPWISE", keepwise(), "BASE", "HEAD"), "sh", "ci/keepwise-checks.sh");
    assertEquals(1, noPolicy.exit(), noPolicy.output());
    assertTrue(
        noPolicy.output().contains("the base revision 'HEAD' has no policy.yaml here"),
        noPolicy.output());

    Run allowed =
        run(
            project,
            Map.of("KEEPWISE", keepwise(), "BASE", "HEAD", "ALLOW_MISSING_BASE", "1"),
            "sh",
            "ci/keepwise-checks.sh");
    assertEquals(0, allowed.exit(), allowed.output());
    assertTrue(
        allowed
            .output()
            .contains(
                "warning: the policy diff was skipped: the base revision 'HEAD' has no policy.yaml"),
        allowed.output());
    assertTrue(allowed.output().contains("15 passed, 0 failed"), allowed.output());
  }
}
