package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview says what matters first, in money: the executive summary, whom to act on first by
 * the revenue at stake with every list complete, the matrix of the policy's own bands leading to
 * its customers, and figures that are honest.
 */
class OverviewTest {

  @TempDir static Path temp;
  static Path site;
  static Document overview;

  /**
   * Fifteen customers who threatened staff (exits), twenty quiet ones, one who costs 136% of its
   * revenue.
   */
  @BeforeAll
  static void build() throws IOException {
    DatasetFiles files =
        DatasetFiles.withCustomers()
            .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity", "note")
            .file("tickets.csv", "ticket_id", "customer_id", "opened", "minutes_spent");
    for (int i = 0; i < 15; i++) {
      files.customer(
          "T%02d".formatted(i),
          "Threat %02d".formatted(i),
          "smb",
          Integer.toString(10_000 + 1_000 * ((i * 7) % 15)));
      files.row("incidents.csv", "X" + i, "T%02d".formatted(i), "2026-05-01", "threat", "4", "");
    }
    for (int i = 0; i < 20; i++) {
      files.customer(
          "Q%02d".formatted(i),
          "Quiet %02d".formatted(i),
          "enterprise",
          Integer.toString(50_000 + i));
    }
    files.customer("H1", "Heavy Touch AB", "enterprise", "1000");
    for (int i = 0; i < 10; i++) {
      files.row("tickets.csv", "K" + i, "H1", "2026-0%d-10T10:00:00".formatted(1 + i % 9), "96");
    }
    Path data = files.writeTo(temp.resolve("data"));
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
    site = temp.resolve("site");
    new SiteBuilder(review, SiteOptions.defaults("Review", data), Progress.NONE).build(site);
    overview = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
  }

  @Test
  void theOverviewOpensWithAnExecutiveSummaryInMoney() {
    List<String> summary = overview.select("section.summary p").eachText();
    assertEquals(
        "36 customers bring 1,256,190 EUR of revenue a year; serving them costs 1,361 EUR a year.",
        summary.get(0));
    // Heavy Touch AB costs more to serve than it brings: referred elsewhere (002 #5, 003).
    assertTrue(
        summary
            .get(1)
            .startsWith(
                "Let go of 16 customers (15 to exit now, 1 to refer elsewhere): they bring 256,000 EUR of revenue (20%)"),
        summary.get(1));
    assertTrue(
        summary.stream()
            .anyMatch(s -> s.startsWith("Following the plan keeps 1,000,190 EUR of revenue (80%)")),
        summary.toString());
    assertEquals(
        "The figures cover the review window, Nov 2, 2025 to Nov 1, 2026; revenue is each customer's revenue over the last twelve months.",
        summary.get(summary.size() - 1));
    assertTrue(overview.select("h2").first().text().equals("In short"), "the summary comes first");
  }

  @Test
  void actFirstRanksEachActionByRevenueAndLinksToTheFullList() throws IOException {
    Element exits = overview.getElementById("act-first-table-action-exit-now");
    List<Double> revenue = new ArrayList<>();
    for (Element row : exits.select("tbody tr")) {
      revenue.add(Double.parseDouble(row.select("td").last().attr("data-sort")));
    }
    assertEquals(12, revenue.size(), "twelve on the overview");
    assertEquals(
        revenue.stream().sorted(Comparator.reverseOrder()).toList(),
        revenue,
        "the most revenue at stake first");
    Element link =
        overview.select("section[aria-labelledby=act-first] a").stream()
            .filter(a -> a.text().equals("The full list"))
            .findFirst()
            .orElseThrow();
    assertEquals("customers/action-exit-now.html", link.attr("href"));
    assertTrue(
        overview.text().contains("The 12 with the most revenue at stake, of 15."),
        "says the list is cut, and where the rest is");
    Document all = Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
    assertEquals(
        15, all.select("#customers-table tbody tr").size(), "all fifteen on the full list");
    assertEquals(
        "Customers 1 to 15 of 15, the most revenue first", all.select("main > p").first().text());
  }

  @Test
  void theMatrixUsesThePolicysBandsAndActionsAndLeadsToItsCustomers() throws IOException {
    Element grid = overview.selectFirst("table.band-grid");
    assertEquals(List.of("critical", "high", "medium", "low"), grid.select("tbody th").eachText());
    assertEquals(
        List.of("Risk \\ value", "low", "medium", "high"), grid.select("thead th").eachText());
    Element lowLow = grid.select("tbody tr").last().select("td").first();
    assertTrue(
        lowLow.hasClass("action-keep"),
        "the default matrix keeps low risk, low value: " + lowLow.className());
    Element highHigh = grid.select("tbody tr").get(1).select("td").last();
    assertTrue(highHigh.hasClass("action-reset-terms"), highHigh.className());
    long linked = 0;
    for (Element cell : grid.select("td.cell")) {
      Element a = cell.selectFirst("a");
      if (a == null) {
        assertEquals("0", cell.selectFirst(".n").text(), "only empty cells have no list");
        continue;
      }
      Document list = Jsoup.parse(site.resolve(a.attr("href")).toFile(), "UTF-8");
      assertEquals(
          Long.parseLong(cell.selectFirst(".n").text()),
          list.select("#customers-table tbody tr").size(),
          a.attr("href"));
      linked += list.select("#customers-table tbody tr").size();
    }
    assertEquals(36, linked, "every customer is in exactly one cell");
  }

  @Test
  void barsTakeEachActionsColourAndSegmentsShowTheirRevenueAtStake() {
    assertEquals(
        12,
        overview.select("table.actions svg.inline-bar[class*=action-]").size(),
        "two bars for each of six actions");
    Element smb =
        overview.select("table.segments tbody tr").stream()
            .filter(r -> r.text().startsWith("smb"))
            .findFirst()
            .orElseThrow();
    assertTrue(smb.select("td").get(2).text().equals("255,000 EUR 100%"), smb.text());
  }

  @Test
  void aCustomerWhoCosts136PercentOfItsRevenueIsShownAs136Percent() throws IOException {
    Path page;
    try (Stream<Path> files = Files.list(site.resolve("customers"))) {
      page =
          files.filter(p -> p.getFileName().toString().startsWith("h1-")).findFirst().orElseThrow();
    }
    String text = Jsoup.parse(page.toFile(), "UTF-8").text();
    assertTrue(text.contains("costs 1,360.90 EUR a year to serve (136% of revenue)"), text);
  }

  @Test
  void theDataQualityPageSaysHowCompleteEachColumnIsAndWhatDatesTheRowsCover() throws IOException {
    Document page = Jsoup.parse(site.resolve("data-quality.html").toFile(), "UTF-8");
    Element tickets =
        page.select("table.files tr").stream()
            .filter(r -> r.text().startsWith("tickets.csv"))
            .findFirst()
            .orElseThrow();
    assertEquals("tickets.csv 10 0 Jan 10, 2026 to Sep 10, 2026", tickets.text());
    Element customers =
        page.select("table.completeness").stream()
            .filter(t -> t.selectFirst("caption").text().equals("customers.csv"))
            .findFirst()
            .orElseThrow();
    List<String> rows = customers.select("tbody tr").eachText();
    assertTrue(rows.contains("customer_id 36 100%"), rows.toString());
    assertTrue(rows.contains("owner 0 0%"), "an empty column says so: " + rows);
    assertTrue(rows.contains("growth_potential 36 100%"), rows.toString());
  }
}
