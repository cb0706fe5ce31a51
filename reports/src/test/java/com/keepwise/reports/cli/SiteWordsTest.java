package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site speaks the client's words: {@code labels:} names segments, industries, regions and tiers
 * on every page; a segment site.yaml names that the data lacks is a located error; the client
 * audience sees the evidence without our file references, sources and ids, the analyst sees all.
 */
class SiteWordsTest {

  @TempDir Path temp;

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .row(
            "customers.csv",
            "C1",
            "Nordic Threats AB",
            "smb",
            "2019-05-01",
            "40000",
            "retail",
            "SE",
            "gold",
            "",
            "false",
            "low",
            "")
        .row(
            "customers.csv",
            "C2",
            "Calm Corp",
            "enterprise",
            "2015-01-01",
            "900000",
            "software",
            "NO",
            "gold",
            "",
            "false",
            "high",
            "")
        .row(
            "customers.csv",
            "C3",
            "Late Payer Oy",
            "smb",
            "2020-02-01",
            "30000",
            "retail",
            "FI",
            "basic",
            "",
            "false",
            "low",
            "")
        .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity", "note")
        .row("incidents.csv", "X1", "C1", "2026-05-01", "threat", "4", "said they would come by")
        .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount", "paid")
        .row("invoices.csv", "I1", "C3", "2026-01-01", "2026-01-31", "1000", "2026-04-20")
        .row("invoices.csv", "I2", "C3", "2026-03-01", "2026-03-31", "1000", "2026-06-20")
        .writeTo(temp.resolve("data"));
  }

  Path config(String extra) throws IOException {
    dataset();
    Path yaml = temp.resolve("site.yaml");
    Files.writeString(
        yaml,
        """
        title: Review
        client: Keepwise Demo AB
        dataset: data
        out: site
        labels:
          segments:
            smb: Small businesses
            enterprise: Large accounts
          industries:
            retail: Shops and stores
          tiers:
            gold: Gold plan
        """
            + extra,
        StandardCharsets.UTF_8);
    return yaml;
  }

  static String all(Path site) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        text.append(Jsoup.parse(page.toFile(), "UTF-8").text()).append('\n');
      }
    }
    return text.toString();
  }

  static Document page(Path site, String dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(site.resolve(dir))) {
      Path page =
          files
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow();
      return Jsoup.parse(page.toFile(), "UTF-8");
    }
  }

  @Test
  void labelsNameSegmentsIndustriesAndTiersOnEveryPage() throws IOException {
    CliRun run = CliRun.of("site", "--config", config("").toString());
    assertEquals(0, run.exit(), run.err());
    Path site = temp.resolve("site");
    Document overview = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertTrue(
        overview
            .select("table.segments th a")
            .eachText()
            .containsAll(List.of("Large accounts", "Small businesses")),
        overview.select("table.segments th").eachText().toString());
    Document segment = page(site, "segments", "smb-");
    assertEquals("Segment Small businesses · Review", segment.title());
    assertTrue(
        segment.select("#segment-table td:nth-child(2)").eachText().stream()
            .allMatch("Small businesses"::equals));
    Document customer = page(site, "customers", "c1-");
    assertEquals("Small businesses", customer.selectFirst(".breadcrumb a").text());
    String profile = customer.select(".profile").text();
    assertTrue(
        profile.contains("Industry Shops and stores") && profile.contains("Tier Gold plan"),
        profile);
    Document index = Jsoup.parse(site.resolve("customers/index.html").toFile(), "UTF-8");
    assertFalse(index.select("#customers-table td:nth-child(2)").eachText().contains("smb"));
  }

  @Test
  void aSegmentTheDataDoesNotHaveIsALocatedErrorListingTheSegmentsThatExist() throws IOException {
    Path yaml = config("segments: [smb, smbb]\n");
    Files.writeString(
        yaml,
        TextEdit.replaced(
            Files.readString(yaml),
            "    enterprise: Large accounts",
            "    entreprise: Large accounts"));
    CliRun run = CliRun.of("site", "--config", yaml.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "site.yaml:8:17: labels.segments: 'entreprise' is not a segment of the data"
                    + " (expected one of: enterprise, smb)"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                "site.yaml:13:17: segments: 'smbb' is not a segment of the data (expected one of: enterprise, smb)"),
        run.err());
    assertFalse(Files.exists(temp.resolve("site")), "nothing written");
  }

  @Test
  void theClientSeesTheEvidenceWithoutFileReferencesSourcesOrIds() throws IOException {
    assertEquals(0, CliRun.of("site", "--config", config("").toString()).exit());
    Path site = temp.resolve("site");
    String text = all(site);
    assertFalse(text.contains("invoices.csv:"), "no file:line references");
    assertFalse(text.contains("incidents.csv:"), "no file:line references");
    assertFalse(text.matches("(?s).*\\((0\\d\\d)( #\\d)?\\).*"), "no article codes");
    assertFalse(text.contains("From 000"), "no playbook sources");
    assertFalse(text.contains("pays_late"), "no criterion ids");
    assertFalse(
        text.contains("threat.threats") || text.contains("hard rule threat"), "no rule ids");
    Document exit = page(site, "customers", "c1-");
    assertTrue(
        exit.text()
            .contains(
                "Decided by a hard rule: Threatened harm to people or property: act quickly."),
        exit.text());
    Document late = page(site, "customers", "c3-");
    assertTrue(
        late.select(".timeline td").eachText().stream().anyMatch(t -> t.contains("I1")),
        "the evidence itself stays");
  }

  @Test
  void theAnalystSeesEverything() throws IOException {
    assertEquals(0, CliRun.of("site", "--config", config("audience: analyst\n").toString()).exit());
    Path site = temp.resolve("site");
    Document late = page(site, "customers", "c3-");
    assertTrue(
        late.select(".timeline code").eachText().stream()
            .anyMatch(t -> t.startsWith("invoices.csv:")),
        late.text());
    assertTrue(late.select(".criteria code").eachText().contains("pays_late"));
    Document exit = page(site, "customers", "c1-");
    assertTrue(
        exit.text()
            .contains(
                "Decided by the hard rule threat: Threatened harm to people or property: act quickly (004 #7)."),
        exit.text());
    Document policy = Jsoup.parse(site.resolve("policy.html").toFile(), "UTF-8");
    assertFalse(policy.select("pre.yaml").isEmpty());
  }

  @Test
  void anUnknownAudienceIsALocatedError() throws IOException {
    CliRun run = CliRun.of("check", config("audience: everyone\n").toString());
    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(
        (run.out() + run.err())
            .contains(
                "site.yaml:13:11: audience: 'everyone' is not allowed here (expected one of client, analyst)"),
        run.out() + run.err());
  }
}
