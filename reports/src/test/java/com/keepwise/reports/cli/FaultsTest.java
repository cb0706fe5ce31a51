package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 8: faults of the machine are clear messages with exit 1, not "internal error,
 * please report it"; running out of memory has its own exit code; every file checked is reported.
 */
class FaultsTest {

  @TempDir Path temp;

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C1", "Good Co", "smb", "50000")
        .writeTo(temp.resolve("data"));
  }

  /** A case file whose one case passes, for commands that write a report of it. */
  Path passingCase() throws IOException {
    return Files.writeString(
        temp.resolve("cases.yaml"),
        "cases:\n  - name: ok\n    customer: {}\n    expect: {action: KEEP}\n");
  }

  static void assertFault(CliRun run, String expected) {
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
    assertTrue(run.err().startsWith("keepwise: "), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
  }

  @Test
  void aFullDiskIsSaidAsSuch() throws IOException {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")));
    assertFault(
        CliRun.of("score", "--data", dataset().toString(), "--out", "/dev/full"),
        "/dev/full: No space left on device");
  }

  @Test
  void aFullDiskUnderTheJUnitReportIsSaidAsSuch() throws IOException {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")));
    Path cases = passingCase();
    CliRun run = CliRun.of("test", cases.toString(), "--junit", "/dev/full");
    assertFault(run, "/dev/full: No space left on device");
    assertFalse(run.err().contains("java."), run.err());
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsSaidAsSuch() throws IOException {
    // /sys refuses new files even to root; a read-only mount or a directory without write
    // permission alike.
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/sys")));
    Path cases = passingCase();
    CliRun run = CliRun.of("test", cases.toString(), "--junit", "/sys/policy-tests.xml");
    assertFault(run, "/sys/");
  }

  @Test
  void anOutputUnderARegularFileIsSaidAsSuch() throws IOException {
    Path file = Files.writeString(temp.resolve("afile"), "x");
    assertFault(
        CliRun.of(
            "score",
            "--data",
            dataset().toString(),
            "--out",
            file.resolve("decisions.csv").toString()),
        file + ": is a file, not a directory");
    Path cases = passingCase();
    assertFault(
        CliRun.of(
            "test", cases.toString(), "--junit", file.resolve("reports/junit.xml").toString()),
        file + ": is a file, not a directory");
  }

  @Test
  void runningOutOfMemoryHasItsOwnExitCodeAndSaysHowToRaiseTheHeap() throws Exception {
    Path data = temp.resolve("big");
    assertEquals(
        ExitCodes.SUCCESS,
        CliRun.of("generate", "--customers", "20000", "--seed", "1", "--out", data.toString())
            .exit());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "score",
                "--data",
                data.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    assertEquals(ExitCodes.OUT_OF_MEMORY, p.exitValue(), err);
    assertTrue(err.contains("keepwise: out of memory"), err);
    assertTrue(err.contains("java -Xmx"), err);
    assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
  }

  /**
   * Memory can run out inside FastCSV, which hands it back wrapped, and Table wraps it again
   * ("reading invoices.csv failed at line 39784"): with -Xmx24m on an export-shaped 10,000-customer
   * dataset this was "internal error, please report it", exit 70, one run in two.
   */
  @Test
  void runningOutOfMemoryWhileReadingIsStillRunningOutOfMemory() {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cli =
        KeepwiseCli.commandLine(
            new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
    picocli.CommandLine.ParseResult parsed = cli.parseArgs("score", "--data", "data");
    RuntimeException wrapped =
        new IllegalStateException(
            "reading invoices.csv failed at line 39784",
            new RuntimeException("parse", new OutOfMemoryError("Java heap space")));
    OutOfMemoryError thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            OutOfMemoryError.class,
            () ->
                new KeepwiseCli.ErrorHandler()
                    .handleExecutionException(
                        wrapped, parsed.subcommand().commandSpec().commandLine(), parsed));
    assertEquals("Java heap space", thrown.getMessage());
    assertEquals("", err.toString(), "nothing said before run() says it");
    // picocli lets it through execute(), to run()'s catch of OutOfMemoryError.
    picocli.CommandLine failing =
        new picocli.CommandLine(new Failing(wrapped))
            .setExecutionExceptionHandler(new KeepwiseCli.ErrorHandler());
    org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class, failing::execute);
  }

  @picocli.CommandLine.Command(name = "failing")
  record Failing(RuntimeException failure) implements Runnable {
    @Override
    public void run() {
      throw failure;
    }
  }

  @Test
  void everyFileIsCheckedEvenWhenOneCannotBeRead() throws IOException {
    Path good = Files.writeString(temp.resolve("good.yaml"), PolicyLoader.defaultPolicyText());
    Path unreadable = Files.createDirectories(temp.resolve("unreadable.yaml"));
    Path missing = temp.resolve("missing.yaml");
    Path bad =
        Files.writeString(
            temp.resolve("bad.yaml"),
            TextEdit.replaced(PolicyLoader.defaultPolicyText(), "version: 1", "version: 2"));
    CliRun run =
        CliRun.of(
            "check", good.toString(), unreadable.toString(), missing.toString(), bad.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
    assertTrue(run.out().contains(good + ": valid policy"), run.out());
    assertTrue(run.err().contains(unreadable.toString()), run.err());
    assertTrue(run.err().contains(missing + ":1:1: no such file"), run.err());
    assertTrue(
        run.err()
            .matches(
                "(?s).*"
                    + java.util.regex.Pattern.quote(bad.toString())
                    + ":\\d+:10: version: is 2 \\(expected 1\\).*"),
        run.err());
    assertFalse(run.err().contains("internal error"), run.err());
  }

  @Test
  void controlCharactersInYamlAreLocatedAtTheirPlace() throws IOException {
    Path nul = Files.writeString(temp.resolve("nul.yaml"), "version: 1\nname: \"ab\u0000c\"\n");
    CliRun run = CliRun.of("check", nul.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
    assertTrue(run.err().startsWith(nul + ":2:10: "), run.err());
    Path bell = Files.writeString(temp.resolve("bell.yaml"), "version: 1\nname: ab\u0007c\n");
    CliRun bellRun = CliRun.of("check", bell.toString());
    assertTrue(bellRun.err().startsWith(bell + ":2:9: "), bellRun.err());
  }

  @Test
  void aReviewDateOutOfRangeIsLocated() throws IOException {
    Path data = dataset();
    Files.writeString(
        data.resolve("dataset.yaml"),
        "name: Test\ncurrency: EUR\ntimezone: Europe/Stockholm\nas_of: 99999-01-01\n");
    CliRun run = CliRun.of("check", "--data", data.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
    assertTrue(run.err().contains("dataset.yaml:4:"), run.out() + run.err());
    assertFalse(run.err().contains("internal error"), run.err());
  }
}
