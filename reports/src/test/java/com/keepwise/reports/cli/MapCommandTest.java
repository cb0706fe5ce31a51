package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keepwise map}: writes a proposal once, never over an existing dataset.yaml, and check then
 * reads the exports.
 */
class MapCommandTest {

  @TempDir Path temp;

  @Test
  void writesAProposalThatCheckReadsAndNeverOverwritesDatasetYaml() throws IOException {
    Files.writeString(
        temp.resolve("kunder.csv"),
        "Kundnummer;Namn;Segment;Kund sedan;Årsomsättning\nK1;Fjord AB;smb;2020-02-01;1 200,50\n");
    CliRun map = CliRun.of("map", temp.toString());
    assertEquals(0, map.exit(), map.err());
    assertEquals(
        "Wrote "
            + temp.resolve("dataset.yaml")
            + ": 1 file mapped\nNext: check it, then run keepwise check --data "
            + temp
            + "\n",
        map.out());
    assertTrue(
        Files.readString(temp.resolve("dataset.yaml"))
            .contains("      annual_revenue: \"Årsomsättning\"\n"));
    CliRun check = CliRun.of("check", "--data", temp.toString());
    assertEquals(0, check.exit(), check.out() + check.err());

    CliRun again = CliRun.of("map", temp.toString());
    assertEquals(1, again.exit());
    assertEquals(
        temp.resolve("dataset.yaml")
            + ": already exists, and is left as it is (expected --out FILE, or --out - to"
            + " print the proposal)\n",
        again.err());
    CliRun printed = CliRun.of("map", temp.toString(), "--out", "-");
    assertEquals(0, printed.exit());
    assertEquals(Files.readString(temp.resolve("dataset.yaml")), printed.out());
  }

  @Test
  void aFolderThatIsNotThereIsAnInputError() {
    CliRun map = CliRun.of("map", temp.resolve("nowhere").toString());
    assertEquals(1, map.exit());
    assertEquals(
        temp.resolve("nowhere") + ": no such directory (expected a folder of exports)\n",
        map.err());
  }
}
