package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person at a terminal sees, in a real pseudo-terminal (util-linux {@code script}), against
 * what a pipe or a CI log gets: progress bars on the one, nothing but results on the other.
 */
class TerminalOutputTest {

  @TempDir static Path temp;

  record Run(int exit, String stdout, String stderr) {}

  @BeforeAll
  static void needsScript() {
    Assumptions.assumeTrue(File.separatorChar == '/', "a Unix pseudo-terminal");
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
    Assumptions.assumeFalse(
        System.getProperty("java.class.path").contains(" "), "a class path with spaces");
  }

  static List<String> keepwise(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs in a pseudo-terminal of {@code columns} columns: everything it shows, as the terminal got
   * it.
   */
  static Run onTerminal(int columns, Map<String, String> env, String... args) throws Exception {
    String command = "stty cols " + columns + " rows 40; exec " + String.join(" ", keepwise(args));
    return run(List.of("/usr/bin/script", "-qec", command, "/dev/null"), env);
  }

  /** Runs with standard output and standard error piped, as CI runs it. */
  static Run piped(String... args) throws Exception {
    return run(keepwise(args), Map.of());
  }

  static Run run(List<String> command, Map<String, String> env) throws Exception {
    Path err = Files.createTempFile(temp, "stderr", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(temp.toFile()).redirectError(err.toFile());
    builder.environment().remove("KEEPWISE_PROGRESS");
    builder.environment().put("TERM", "xterm");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), out);
    // The test class path (not keepwise.jar) holds the HTML checker's log4j, which warns on stderr.
    String errors = Files.readString(err).replaceAll("(?m)^log4j:WARN .*\n", "");
    return new Run(process.exitValue(), out, errors);
  }

  @Test
  void generateShowsProgressOnATerminalAndEndsWithWhatItWrote() throws Exception {
    Run run =
        onTerminal(
            100,
            Map.of(),
            "generate",
            "--customers",
            "3000",
            "--seed",
            "5",
            "--out",
            "on-terminal");
    assertEquals(0, run.exit(), run.stdout());
    String shown = run.stdout();
    assertTrue(shown.contains("generating customers"), shown);
    assertTrue(shown.contains("3000/3000"), shown);
    assertTrue(shown.contains("/s"), "a rate: " + shown);
    // The bar is finished before the result, which starts on a line of its own.
    int bar = shown.lastIndexOf("generating customers");
    int result = shown.indexOf("Wrote 3,000 customers");
    assertTrue(bar >= 0 && result > bar, shown);
    assertTrue(shown.substring(0, result).endsWith("\n"), shown);
  }

  @Test
  void pipedThereIsNoProgressAtAll() throws Exception {
    Run run = piped("generate", "--customers", "3000", "--seed", "5", "--out", "piped");
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stderr());
    assertFalse(run.stdout().contains("\r"), run.stdout());
    assertTrue(run.stdout().startsWith("Wrote 3,000 customers and "), run.stdout());

    Run score = piped("score", "--data", "piped", "--out", "decisions.csv");
    assertEquals(0, score.exit(), score.stderr());
    assertEquals("", score.stderr());
    assertTrue(
        score
            .stdout()
            .matches("Wrote 3,000 decisions to decisions\\.csv: [0-9,]+ NURTURE, .*EXIT_NOW\n"),
        score.stdout());
  }

  @Test
  void scoreShowsEachPhaseOnATerminal() throws Exception {
    assertEquals(
        0, piped("generate", "--customers", "2000", "--seed", "6", "--out", "to-score").exit());
    Run run = onTerminal(100, Map.of(), "score", "--data", "to-score", "--out", "decisions.csv");
    assertEquals(0, run.exit(), run.stdout());
    assertTrue(run.stdout().contains("deciding"), run.stdout());
    assertTrue(run.stdout().contains("2000/2000"), run.stdout());
    assertTrue(run.stdout().contains("Wrote 2,000 decisions to decisions.csv: "), run.stdout());

    Run quiet =
        onTerminal(
            100,
            Map.of("KEEPWISE_PROGRESS", "never"),
            "score",
            "--data",
            "to-score",
            "--out",
            "again.csv");
    assertEquals(0, quiet.exit(), quiet.stdout());
    assertFalse(quiet.stdout().contains("deciding"), quiet.stdout());
  }

  @Test
  void helpWrapsAtTheTerminalsWidthUpToAHundredColumns() throws Exception {
    for (int columns : List.of(70, 200)) {
      Run run = onTerminal(columns, Map.of(), "diff", "--help");
      assertEquals(0, run.exit(), run.stdout());
      // On a terminal picocli colours option names: the escape codes take no columns.
      int widest =
          run.stdout()
              .replaceAll("\u001B\\[[0-9;]*m", "")
              .lines()
              .mapToInt(String::length)
              .max()
              .orElse(0);
      assertTrue(
          widest <= Math.min(columns, 100),
          columns + " columns, a line of " + widest + ":\n" + run.stdout());
      assertTrue(
          widest >= Math.min(columns, 100) - 15, "uses the width: " + widest + "\n" + run.stdout());
    }
  }

  @Test
  void theHelpWidthIsTheTerminalsWithinSensibleBounds() {
    assertEquals(60, KeepwiseCli.helpWidth(20));
    assertEquals(80, KeepwiseCli.helpWidth(80));
    assertEquals(100, KeepwiseCli.helpWidth(250));
  }
}
