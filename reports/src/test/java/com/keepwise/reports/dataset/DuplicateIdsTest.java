package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.Problem;
import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id used twice in a file is reported at each later use, naming the first; lenient reads skip
 * those rows.
 */
class DuplicateIdsTest {

  @TempDir Path temp;

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C1", "One", "smb", "100")
        .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount")
        .row("invoices.csv", "I1", "C1", "2026-01-01", "2026-01-31", "5")
        .row("invoices.csv", "I2", "C1", "2026-02-01", "2026-02-28", "6")
        .row("invoices.csv", "I1", "C1", "2026-03-01", "2026-03-31", "7")
        .row("invoices.csv", "I2", "C1", "2026-04-01", "2026-04-30", "8")
        .row("invoices.csv", "I1", "C1", "2026-05-01", "2026-05-31", "9")
        .writeTo(temp.resolve("data"));
  }

  static final List<String> EXPECTED =
      List.of(
          "invoices.csv:4:1: invoice_id 'I1' is already used on line 2 (expected an id unique within the file)",
          "invoices.csv:5:1: invoice_id 'I2' is already used on line 3 (expected an id unique within the file)",
          "invoices.csv:6:1: invoice_id 'I1' is already used on line 2 (expected an id unique within the file)");

  @Test
  void aStrictReadReportsEveryLaterUse() throws IOException {
    DatasetReport report = Dataset.open(dataset()).readEvents((c, s, l) -> {});
    assertEquals(EXPECTED, report.problems().stream().map(Problem::toString).toList());
    assertEquals(3, report.file(com.keepwise.domain.dataset.SourceFile.INVOICES).skipped());
  }

  @Test
  void aLenientReadSkipsTheLaterUses() throws IOException {
    List<String> kept = new ArrayList<>();
    DatasetReport report =
        Dataset.open(dataset()).readEvents((c, s, l) -> kept.add(s.id() + "@" + l), true);
    assertEquals(EXPECTED, report.problems().stream().map(Problem::toString).toList());
    assertEquals(List.of("I1@2", "I2@3"), kept);
  }

  @Test
  void theFirstUseNamedIsARowThatWasRead() throws IOException {
    Path data =
        DatasetFiles.withCustomers()
            .customer("C1", "One", "smb", "100")
            .raw(
                "invoices.csv",
                "invoice_id,customer_id,issued,due,amount\n"
                    + "I1,C1,2026-01-01\n" // misshapen: skipped, so its id is not a use
                    + "I1,C1,2026-02-01,2026-02-28,6\n"
                    + "I1,C1,2026-03-01,2026-03-31,7\n")
            .writeTo(temp.resolve("misshapen"));
    List<String> expected =
        List.of(
            "invoices.csv:2:4: the row ends after 3 fields (expected 5, as in the header)",
            "invoices.csv:4:1: invoice_id 'I1' is already used on line 3 (expected an id unique within the file)");
    for (boolean lenient : new boolean[] {false, true}) {
      DatasetReport report = Dataset.open(data).readEvents((c, s, l) -> {}, lenient);
      assertEquals(
          expected,
          report.problems().stream().map(Problem::toString).toList(),
          lenient ? "lenient" : "strict");
    }
  }

  @Test
  void aDuplicateWithOtherProblemsIsOneRowWithProblems() throws IOException {
    Path data =
        DatasetFiles.withCustomers()
            .customer("C1", "One", "smb", "100")
            .raw(
                "invoices.csv",
                "invoice_id,customer_id,issued,due,amount\n"
                    + "I1,C1,2026-01-01,2026-01-31,5\n"
                    + "I1,C1,2026-13-01,2026-01-31,0\n")
            .writeTo(temp.resolve("both"));
    for (boolean lenient : new boolean[] {false, true}) {
      DatasetReport report = Dataset.open(data).readEvents((c, s, l) -> {}, lenient);
      assertEquals(3, report.problemCount());
      assertEquals(
          1,
          report.file(com.keepwise.domain.dataset.SourceFile.INVOICES).skipped(),
          lenient ? "lenient" : "strict");
    }
  }
}
