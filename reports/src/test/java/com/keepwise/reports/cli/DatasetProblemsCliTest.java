package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.generate.SyntheticDataset;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees when an export is broken: a file that cannot be read stops every run, lenient
 * too, with its cause on the first line and its follow-ons in one; a lenient run over bad rows
 * lists the first of them on stderr with the total, and {@code --problems FILE} has them all.
 */
class DatasetProblemsCliTest {

  @TempDir static Path temp;
  static Path generated;

  @BeforeAll
  static void generate() throws IOException {
    generated = temp.resolve("generated");
    SyntheticDataset.write(generated, 300, 42);
  }

  /**
   * A copy of the generated dataset, with {@code from} replaced by {@code to} in the first line of
   * {@code file}.
   */
  static Path withHeader(String name, String file, String from, String to) throws IOException {
    Path dir = temp.resolve(name);
    Files.createDirectories(dir);
    for (String each : SyntheticDataset.files()) {
      Files.copy(generated.resolve(each), dir.resolve(each));
    }
    String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    Files.writeString(
        dir.resolve(file),
        TextEdit.replaced(text.substring(0, end), from, to) + text.substring(end),
        StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void aMisnamedRevenueColumnIsTwoLinesTheCauseFirstLenientOrNot() throws IOException {
    Path dir = withHeader("misnamed", "customers.csv", ",annual_revenue,", ",revenue,");
    for (String[] args :
        List.of(
            new String[] {"score", "--data", dir.toString()},
            new String[] {"score", "--lenient", "--data", dir.toString()})) {
      CliRun run = CliRun.of(args);
      assertEquals(ExitCodes.INVALID_INPUT, run.exit(), String.join(" ", args));
      assertEquals("", run.out(), "nothing scored");
      List<String> lines = run.err().lines().toList();
      assertEquals(2, lines.size(), run.err());
      assertTrue(
          lines
              .get(0)
              .startsWith(
                  "customers.csv:1:1: missing required column annual_revenue: column 5 is 'revenue',"
                      + " did you mean 'annual_revenue'?"),
          lines.get(0));
      assertTrue(
          lines
              .get(1)
              .matches(
                  "customers\\.csv:1:1: cannot be read, so the customer_id of [0-9,]+ rows in invoices\\.csv,"
                      + " tickets\\.csv, .* were not checked \\(expected a readable customers\\.csv\\)"),
          lines.get(1));
    }
  }

  @Test
  void checkPutsTheCauseFirstToo() throws IOException {
    Path dir = withHeader("misnamed-check", "customers.csv", ",annual_revenue,", ",revenue,");
    CliRun run = CliRun.of("check", "--data", dir.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    List<String> err = run.err().lines().toList();
    assertEquals(2, err.size(), run.err());
    assertTrue(err.get(0).contains("did you mean 'annual_revenue'?"), err.get(0));
  }

  @Test
  void aSemicolonSeparatedExportIsNamedAsSuch() throws IOException {
    Path dir = withHeader("semicolons", "invoices.csv", ",", ";");
    CliRun run = CliRun.of("score", "--lenient", "--data", dir.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertEquals(
        List.of(
            "invoices.csv:1:1: the columns are separated by semicolons"
                + " (expected commas: save the file as CSV with commas between the columns)"),
        run.err().lines().toList());
  }

  /** The generated dataset with {@code bad} invoices whose amount is not a number. */
  static Path withBadInvoices(String name, int bad) throws IOException {
    Path dir = withHeader(name, "invoices.csv", "amount", "amount");
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < bad; i++) {
      rows.append("BAD").append(i).append(",C0000001,2026-01-01,2026-01-31,lots,,\n");
    }
    Files.writeString(
        dir.resolve("invoices.csv"),
        rows,
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    return dir;
  }

  @Test
  void aLenientRunListsTheFirstSkippedRowsWithTheTotal() throws IOException {
    Path dir = withBadInvoices("bad-rows", 25);
    CliRun run =
        CliRun.of(
            "score",
            "--lenient",
            "--data",
            dir.toString(),
            "--out",
            temp.resolve("decisions.csv").toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
    int at =
        lines.indexOf("keepwise: skipped 25 rows with problems (--lenient); 25 problems in all:");
    assertTrue(at >= 0, run.err());
    assertTrue(
        lines
            .get(at + 1)
            .matches("  invoices\\.csv:\\d+:5: amount 'lots' is not a plain decimal .*"),
        lines.get(at + 1));
    assertEquals(
        DataOption.SHOWN,
        lines.subList(at + 1, lines.size()).stream()
            .filter(l -> l.startsWith("  invoices.csv:"))
            .count());
    assertTrue(lines.contains("  … and 5 more: --problems FILE writes all of them"), run.err());
  }

  @Test
  void problemsFileHoldsEveryProblemBeyondTheThousandKept() throws IOException {
    Path dir = withBadInvoices("many-bad-rows", 1_500);
    Path problems = temp.resolve("problems.txt");
    CliRun run =
        CliRun.of(
            "score",
            "--lenient",
            "--data",
            dir.toString(),
            "--problems",
            problems.toString(),
            "--out",
            temp.resolve("decisions-many.csv").toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(run.err().contains("  … and 1,480 more: all of them are in " + problems), run.err());
    List<String> written = Files.readAllLines(problems, StandardCharsets.UTF_8);
    assertEquals(1_500, written.size());
    assertEquals(1_500, written.stream().distinct().count());
    assertTrue(
        written.stream()
            .allMatch(
                l ->
                    l.startsWith("invoices.csv:")
                        && l.contains("amount 'lots' is not a plain decimal")));
  }

  @Test
  void aStrictRunWritesItsProblemsFileToo() throws IOException {
    Path dir = withBadInvoices("strict-bad-rows", 3);
    Path problems = temp.resolve("strict-problems.txt");
    CliRun run = CliRun.of("score", "--data", dir.toString(), "--problems", problems.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertEquals(run.err().lines().toList(), Files.readAllLines(problems, StandardCharsets.UTF_8));
    assertFalse(run.err().isEmpty());
  }

  @Test
  void aCleanRunLeavesAnEmptyProblemsFileNotAnOldOne() throws IOException {
    Path problems = temp.resolve("clean-problems.txt");
    Files.writeString(problems, "invoices.csv:2:5: an old problem\n");
    CliRun run =
        CliRun.of(
            "score",
            "--data",
            generated.toString(),
            "--problems",
            problems.toString(),
            "--out",
            temp.resolve("decisions-clean.csv").toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertEquals("", Files.readString(problems));
  }
}
