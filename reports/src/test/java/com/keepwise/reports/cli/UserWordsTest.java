package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages in the user's terms: a suggestion for an id typed in another case, counts that agree, no
 * dashes for nothing.
 */
class UserWordsTest {

  @TempDir Path temp;

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C0000001", "Good Co", "smb", "50000")
        .customer("C0000002", "Other Co", "smb", "20000")
        .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity")
        .row("incidents.csv", "X1", "C0000002", "2026-06-01", "threat", "4")
        .writeTo(temp.resolve("data"));
  }

  @Test
  void explainSuggestsTheIdWhenOnlyTheCaseDiffers() throws IOException {
    Path data = dataset();
    CliRun run = CliRun.of("explain", "--data", data.toString(), "c0000002");
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertEquals(
        "customer 'c0000002' is not in "
            + data.resolve("customers.csv")
            + "; did you mean 'C0000002'? (ids match exactly, case too)\n",
        run.err());

    CliRun unknown = CliRun.of("explain", "--data", data.toString(), "C0000009");
    assertEquals(
        "customer 'C0000009' is not in " + data.resolve("customers.csv") + "\n", unknown.err());
  }

  @Test
  void aDatasetWithoutDatesSaysSoInsteadOfDashes() throws IOException {
    Path empty = DatasetFiles.withCustomers().writeTo(temp.resolve("empty"));
    CliRun run = CliRun.of("check", "--data", empty.toString());
    assertTrue(run.out().contains("0 customers; no dated rows\n"), run.out());
    assertTrue(!run.out().contains(" - "), run.out());
  }

  @Test
  void siteSaysWhichPageToOpen() throws IOException {
    Path out = temp.resolve("site");
    CliRun run = CliRun.of("site", "--data", dataset().toString(), "--out", out.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(
        run.out().endsWith("Open " + out.resolve("index.html") + " in a browser.\n"), run.out());
  }
}
