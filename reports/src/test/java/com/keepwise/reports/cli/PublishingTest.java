package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 7: what a killed run leaves beside its output is cleaned up (or put back) by the
 * next, and an output directory that is a symbolic link is published where it points.
 */
class PublishingTest {

  @TempDir Path temp;

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C1", "Good Co", "smb", "50000")
        .writeTo(temp.resolve("data"));
  }

  /** A process id no process has: a run that was killed. */
  static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  List<String> hidden() throws IOException {
    try (Stream<Path> all = Files.list(temp)) {
      return all.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  @Test
  void whatAKilledGenerateLeftIsRemovedByTheNextRun() throws Exception {
    Path left =
        Files.createDirectories(temp.resolve(".dataset.generating-" + deadPid() + "-abc123"));
    Files.writeString(left.resolve("invoices.csv"), "gigabytes\n");
    Files.createDirectories(temp.resolve(".other.generating-" + deadPid() + "-def456"));
    CliRun run =
        CliRun.of("generate", "--customers", "3", "--out", temp.resolve("dataset").toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertEquals(List.of(), hidden());
  }

  @Test
  void aRunUnderWayElsewhereKeepsItsStagingDirectory() throws Exception {
    Path live =
        Files.createDirectories(
            temp.resolve(
                ".dataset.generating-"
                    + ProcessHandle.current().parent().orElseThrow().pid()
                    + "-abc"));
    CliRun run =
        CliRun.of("generate", "--customers", "3", "--out", temp.resolve("dataset").toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(Files.exists(live));
  }

  @Test
  void aSiteMovedAsideByAKilledPublishIsPutBack() throws Exception {
    Path data = dataset();
    Path site = temp.resolve("site");
    assertEquals(
        ExitCodes.SUCCESS,
        CliRun.of("site", "--data", data.toString(), "--out", site.toString()).exit());
    Files.writeString(site.resolve("notes.txt"), "added by hand\n");
    // Killed between the two renames of a system without the atomic swap: the old site aside, no
    // site in place, a staged build beside it.
    Path aside = temp.resolve(".site.previous-" + deadPid() + "-x1");
    Files.move(site, aside);
    Files.createDirectories(temp.resolve(".site.building-" + deadPid() + "-x2"));
    assertEquals(
        ExitCodes.SUCCESS,
        CliRun.of("site", "--data", data.toString(), "--out", site.toString()).exit());
    assertTrue(Files.isRegularFile(site.resolve("index.html")));
    assertEquals("added by hand\n", Files.readString(site.resolve("notes.txt")));
    assertEquals(List.of(), hidden());
  }

  /**
   * In a container every run may have the same process id: a site moved aside by a killed run whose
   * id this run has again is put back all the same, and its staged build removed.
   */
  @Test
  void aSiteMovedAsideByAKilledRunWithThisRunsProcessIdIsPutBack() throws Exception {
    Path data = dataset();
    Path site = temp.resolve("site");
    assertEquals(
        ExitCodes.SUCCESS,
        CliRun.of("site", "--data", data.toString(), "--out", site.toString()).exit());
    Files.writeString(site.resolve("notes.txt"), "added by hand\n");
    long samePid = ProcessHandle.current().pid();
    Files.move(site, temp.resolve(".site.previous-" + samePid + "-x1"));
    Path staged = Files.createDirectories(temp.resolve(".site.building-" + samePid + "-x2"));
    Files.writeString(staged.resolve("index.html"), "half a page");
    CliRun run = CliRun.of("site", "--data", data.toString(), "--out", site.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertEquals("added by hand\n", Files.readString(site.resolve("notes.txt")));
    assertEquals(List.of(), hidden());
  }

  @Test
  void aSymbolicLinkOutputIsPublishedWhereItPoints() throws Exception {
    Path data = dataset();
    Path real = Files.createDirectories(temp.resolve("www/review"));
    Path link = Files.createSymbolicLink(temp.resolve("site"), real);
    for (int run = 0; run < 2; run++) {
      CliRun site = CliRun.of("site", "--data", data.toString(), "--out", link.toString());
      assertEquals(ExitCodes.SUCCESS, site.exit(), site.err());
    }
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.isRegularFile(real.resolve("index.html")));
    assertEquals(List.of(), hidden());
    try (Stream<Path> www = Files.list(temp.resolve("www"))) {
      assertEquals(List.of("review"), www.map(p -> p.getFileName().toString()).toList());
    }
    Path dangling = Files.createSymbolicLink(temp.resolve("gone"), temp.resolve("nowhere"));
    CliRun run = CliRun.of("site", "--data", data.toString(), "--out", dangling.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
    assertTrue(run.err().contains("which does not exist"), run.err());
    assertFalse(Files.exists(temp.resolve("nowhere")));
  }
}
