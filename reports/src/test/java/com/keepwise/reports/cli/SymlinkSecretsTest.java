package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 1: files from outside (template overrides, datasets) that are symbolic links to a
 * secret, such as {@code /proc/self/environ}, and a header that is really a secret file.
 */
class SymlinkSecretsTest {

  static final String SECRET = "AWS_SECRET_ACCESS_KEY=hunter2";

  @TempDir Path temp;

  Path secret() throws IOException {
    return Files.writeString(
        Files.createDirectories(temp.resolve("elsewhere")).resolve("environ"),
        SECRET + ",b,c\n1,2,3\n");
  }

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C1", "Good Co", "smb", "50000")
        .writeTo(temp.resolve("data"));
  }

  @Test
  void aStaticAssetLinkedOutOfTheTemplatesIsRefusedAndNothingIsPublished() throws IOException {
    Path templates = Files.createDirectories(temp.resolve("templates/static"));
    Files.createSymbolicLink(templates.resolve("site.css"), secret());
    Path data = dataset();
    Files.writeString(
        temp.resolve("site.yaml"),
        "title: Review\ndataset: data\nout: site\ntemplates: templates\n");
    CliRun run = CliRun.of("site", "--config", temp.resolve("site.yaml").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
    assertTrue(
        run.err().contains("site.css is a symbolic link out of the templates directory"),
        run.err());
    assertFalse(Files.exists(temp.resolve("site")), "a site was published");
    assertFalse(run.out().contains("hunter2") || run.err().contains("hunter2"));
    try (Stream<Path> all =
        Files.walk(temp)
            .filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
      for (Path file : all.filter(f -> !f.startsWith(temp.resolve("elsewhere"))).toList()) {
        assertFalse(Files.readString(file).contains("hunter2"), file + " holds the secret");
      }
    }
    assertTrue(Files.exists(data));
  }

  @Test
  void aTemplateLinkedOutOfTheTemplatesIsRefused() throws IOException {
    Path templates = Files.createDirectories(temp.resolve("templates"));
    Files.createSymbolicLink(templates.resolve("customer.ftlh"), secret());
    Path data = dataset();
    Files.writeString(
        temp.resolve("site.yaml"),
        "title: Review\ndataset: data\nout: site\ntemplates: templates\n");
    CliRun run = CliRun.of("site", "--config", temp.resolve("site.yaml").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
    assertTrue(
        run.err().contains("customer.ftlh is a symbolic link out of the templates directory"),
        run.err());
    assertFalse(Files.exists(temp.resolve("site")));
  }

  @Test
  void aDatasetFileLinkedOutOfTheDatasetIsNotRead() throws IOException {
    Path data = dataset();
    Files.createSymbolicLink(data.resolve("tickets.csv"), secret());
    CliRun run = CliRun.of("check", "--data", data.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.out() + run.err());
    assertFalse((run.out() + run.err()).contains("hunter2"), run.out() + run.err());
    assertTrue(
        run.err().contains("tickets.csv: is a symbolic link out of the dataset directory"),
        run.err());
    // A link to another file of the same dataset is fine.
    Files.delete(data.resolve("tickets.csv"));
    Files.writeString(data.resolve("tickets-2026.csv"), "ticket_id,customer_id,opened\n");
    Files.createSymbolicLink(data.resolve("tickets.csv"), data.resolve("tickets-2026.csv"));
    CliRun inside = CliRun.of("check", "--data", data.toString());
    assertFalse(inside.err().contains("symbolic link"), inside.err());
  }

  @Test
  void anExportNamedInSourcesOutsideTheDatasetIsNotRead() throws IOException {
    Path data = dataset();
    Path secret = secret();
    Files.createDirectories(data.resolve("exports"));
    Files.createSymbolicLink(data.resolve("exports/tickets.csv"), secret);
    Files.createSymbolicLink(data.resolve("linked"), secret.getParent());
    Files.copy(secret, secret.resolveSibling("environ.csv"));
    for (String file :
        new String[] {
          "exports/tickets.csv",
          "linked/environ.csv",
          "../elsewhere/environ.csv",
          secret.resolveSibling("environ.csv").toString()
        }) {
      Files.writeString(
          data.resolve("dataset.yaml"),
          "sources:\n  tickets:\n    file: '" + file + "'\n    columns: {ticket_id: b}\n");
      CliRun run = CliRun.of("check", "--data", data.toString());
      assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.out() + run.err());
      assertFalse((run.out() + run.err()).contains("hunter2"), run.out() + run.err());
      assertTrue(
          run.err().contains("dataset.yaml:3:11: sources.tickets.file: '" + file + "' is "),
          run.err());
      assertTrue(
          run.err().contains(" out of the dataset directory")
              || run.err().contains(" outside the dataset directory"),
          run.err());
    }
    // A link to another file inside the dataset is read.
    Files.writeString(data.resolve("helpdesk.csv"), "Ticket,Customer,Opened\n");
    Files.createSymbolicLink(data.resolve("exports/helpdesk.csv"), data.resolve("helpdesk.csv"));
    Files.writeString(
        data.resolve("dataset.yaml"),
        "sources:\n  tickets:\n    file: exports/helpdesk.csv\n"
            + "    columns: {ticket_id: Ticket, customer_id: Customer, opened: Opened}\n");
    CliRun inside = CliRun.of("check", "--data", data.toString());
    assertFalse(inside.err().contains("dataset directory"), inside.err());
    assertEquals(ExitCodes.SUCCESS, inside.exit(), inside.out() + inside.err());
  }

  @Test
  void unknownColumnsAreEchoedOnlyAsAShortExcerpt() throws IOException {
    Path data = dataset();
    String header =
        IntStream.range(0, 50)
            .mapToObj(i -> "SECRET_" + i + "=" + "x".repeat(60))
            .collect(Collectors.joining(","));
    Files.writeString(data.resolve("tickets.csv"), "ticket_id,customer_id,opened," + header + "\n");
    CliRun run = CliRun.of("check", "--data", data.toString());
    String notice =
        run.out()
            .lines()
            .filter(l -> l.contains("ignored unknown columns"))
            .findFirst()
            .orElseThrow();
    assertTrue(notice.length() < 400, notice);
    assertTrue(notice.endsWith(" and 45 more"), notice);
    assertFalse(run.out().contains("SECRET_5="), run.out());
  }
}
