package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 2: {@code score --out} and {@code test --junit} over what is not a regular file,
 * and the permissions of what Keepwise writes under the user's umask.
 */
class SafeWritingTest {

  @TempDir Path temp;

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C1", "Good Co", "smb", "50000")
        .writeTo(temp.resolve("data"));
  }

  static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    Assumptions.assumeTrue(p.exitValue() == 0, String.join(" ", command) + ": " + out);
  }

  @Test
  void aDeviceNodeIsWrittenThroughNotReplaced() throws Exception {
    // A copy of /dev/null (needs root, as CI runs): today it becomes a regular file holding the
    // decisions.
    Path device = temp.resolve("null");
    run("mknod", device.toString(), "c", "1", "3");
    CliRun run = CliRun.of("score", "--data", dataset().toString(), "--out", device.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertEquals("character special file", type(device));
    assertEquals(0, Files.size(device));
  }

  @Test
  void aFifoIsWrittenThroughNotReplaced() throws Exception {
    Path fifo = temp.resolve("decisions.fifo");
    run("mkfifo", fifo.toString());
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    CliRun run = CliRun.of("score", "--data", dataset().toString(), "--out", fifo.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(read.get(30, TimeUnit.SECONDS).startsWith("customer_id,name,segment,action"));
    assertEquals("fifo", type(fifo));
  }

  @Test
  void aSymbolicLinkIsWrittenWhereItPointsAndStaysALink() throws Exception {
    Path real =
        Files.writeString(
            Files.createDirectories(temp.resolve("real")).resolve("decisions.csv"), "old\n");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
    Path link = Files.createSymbolicLink(temp.resolve("decisions.csv"), real);
    CliRun run = CliRun.of("score", "--data", dataset().toString(), "--out", link.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(real).startsWith("customer_id,name"));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(real)),
        "a replaced file keeps its permissions");

    Path junit =
        Files.createSymbolicLink(temp.resolve("junit.xml"), temp.resolve("real/junit.xml"));
    Path cases =
        Files.writeString(
            temp.resolve("cases.yaml"),
            "cases:\n  - name: ok\n    customer: {}\n    expect: {action: KEEP}\n");
    assertEquals(
        ExitCodes.SUCCESS, CliRun.of("test", cases.toString(), "--junit", junit.toString()).exit());
    assertTrue(Files.isSymbolicLink(junit));
    assertTrue(Files.readString(temp.resolve("real/junit.xml")).contains("<testsuite"));
  }

  @Test
  void newFilesGetTheUmasksPermissions() throws Exception {
    Set<PosixFilePermission> expected =
        PosixFilePermissions.fromString(permissions(0666 & ~umask()));
    Path out = temp.resolve("decisions.csv");
    assertEquals(
        ExitCodes.SUCCESS,
        CliRun.of("score", "--data", dataset().toString(), "--out", out.toString()).exit());
    assertEquals(expected, Files.getPosixFilePermissions(out));
  }

  @Test
  void underUmask077NothingWrittenIsReadableByOthers() throws Exception {
    Path data = dataset();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    List<String> outputs = List.of("site", "generated", "project", "decisions.csv");
    String script =
        "umask 077"
            + " && \"$0\" -cp \"$1\" com.keepwise.reports.cli.Main site --data \"$2\" --out site"
            + " && \"$0\" -cp \"$1\" com.keepwise.reports.cli.Main generate --customers 3 --out generated"
            + " && \"$0\" -cp \"$1\" com.keepwise.reports.cli.Main init project"
            + " && \"$0\" -cp \"$1\" com.keepwise.reports.cli.Main score --data \"$2\" --out decisions.csv";
    Process p =
        new ProcessBuilder("sh", "-c", script, java, classpath, data.toString())
            .directory(temp.toFile())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), log);
    List<String> readable = new ArrayList<>();
    for (String output : outputs) {
      try (var walk = Files.walk(temp.resolve(output))) {
        for (Path path : walk.toList()) {
          Set<PosixFilePermission> mode =
              Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
          if (mode.contains(PosixFilePermission.OTHERS_READ)
              || mode.contains(PosixFilePermission.GROUP_READ)) {
            readable.add(temp.relativize(path) + " " + PosixFilePermissions.toString(mode));
          }
        }
      }
    }
    assertEquals(List.of(), readable);
  }

  /** This process's umask, from Linux's /proc. */
  static int umask() throws IOException {
    Path status = Path.of("/proc/self/status");
    Assumptions.assumeTrue(Files.isReadable(status));
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("Umask:"))
        .map(l -> Integer.parseInt(l.substring(6).trim(), 8))
        .findFirst()
        .orElseThrow();
  }

  static String permissions(int mode) {
    String letters = "rwxrwxrwx";
    StringBuilder out = new StringBuilder();
    for (int bit = 8; bit >= 0; bit--) {
      out.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
    }
    return out.toString();
  }

  static String type(Path path) throws Exception {
    Process p = new ProcessBuilder("stat", "-c", "%F", path.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return out;
  }
}
