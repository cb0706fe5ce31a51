package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence rows are read back from the files when pages are written, by line: a file that changed
 * after the dataset was read must never put another customer's row on a customer's page.
 */
class EvidenceReadBackTest {

  @TempDir Path temp;

  /** Two customers, each with invoices paid months late; the rows far apart in the file. */
  static DatasetFiles twoLatePayers() {
    DatasetFiles files =
        DatasetFiles.withCustomers()
            .customer("alpha", "Alpha AB", "smb", "40000")
            .customer("beta", "Beta AB", "smb", "40000")
            .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount", "paid");
    for (int month = 1; month <= 9; month++) {
      String m = String.format("%02d", month);
      files
          .row(
              "invoices.csv",
              "ALPHA-" + month,
              "alpha",
              "2026-" + m + "-01",
              "2026-" + m + "-15",
              "9000",
              "")
          .row(
              "invoices.csv",
              "BETA-" + month,
              "beta",
              "2026-" + m + "-01",
              "2026-" + m + "-15",
              "9000",
              "");
    }
    return files;
  }

  @Test
  void aRowThatIsNoLongerTheCustomersIsShownAsGoneNeverAsAnothersEvidence() throws IOException {
    Path data = twoLatePayers().writeTo(temp.resolve("data"));
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
    String unchanged = alphaPage(build(review, data, temp.resolve("before")).out());
    assertTrue(unchanged.contains("ALPHA-"), "alpha's own invoices are its evidence");
    assertFalse(unchanged.contains("BETA-"));

    // The export is rewritten after it was read: alpha's and beta's rows trade places.
    Path invoices = data.resolve("invoices.csv");
    List<String> lines = Files.readAllLines(invoices, StandardCharsets.UTF_8);
    List<String> swapped =
        lines.stream()
            .map(l -> l.replace("alpha", "\0").replace("beta", "alpha").replace("\0", "beta"))
            .map(l -> l.replace("ALPHA", "\0").replace("BETA", "ALPHA").replace("\0", "BETA"))
            .toList();
    Files.write(invoices, swapped, StandardCharsets.UTF_8);

    SiteBuilder.Summary summary = build(review, data, temp.resolve("after"));
    String changed = alphaPage(summary.out());
    assertFalse(changed.contains("BETA-"), "beta's rows never show as alpha's evidence");
    assertTrue(changed.contains("the row is no longer in the file"));
    assertEquals(1, summary.notices().size(), summary.notices().toString());
    assertTrue(
        summary.notices().get(0).contains("invoices.csv:")
            && summary.notices().get(0).contains("no longer customer alpha's"),
        summary.notices().get(0));
  }

  @Test
  void rowsAreReadBackWhereverTheyAreInTheFileAndWhateverItsLineEnds() throws IOException {
    // More rows than the store notes line starts for (every 16th), CRLF line ends, quoted line
    // breaks: every row shown is the one the line number names.
    DatasetFiles files = twoLatePayers();
    for (int i = 0; i < 40; i++) {
      files.row("invoices.csv", "PAD-" + i, "beta", "2026-01-01", "2026-01-15", "10", "2026-01-10");
    }
    Path data = files.writeTo(temp.resolve("data"));
    Path invoices = data.resolve("invoices.csv");
    String text = Files.readString(invoices, StandardCharsets.UTF_8);
    Files.writeString(
        invoices,
        text.replace("\r\n", "\n")
            .replace("\n", "\r\n")
            .replace("PAD-3,", "\"PAD\r\n3\",")
            .replace("ALPHA-9,", "\"ALPHA\n9\","),
        StandardCharsets.UTF_8);
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
    SiteBuilder.Summary summary = build(review, data, temp.resolve("site"));
    String page = alphaPage(summary.out());
    assertEquals(List.of(), summary.notices());
    assertFalse(page.contains("the row is no longer in the file"));
    assertTrue(page.contains("ALPHA-"));
    assertFalse(page.contains("BETA-") || page.contains("PAD"));
  }

  @Test
  void longRowsAreReadBackWhole() throws IOException {
    // A memo column of quoted, multi-line, non-ASCII text from a few hundred bytes to several KiB,
    // before the columns a page shows: rows shorter and longer than the first bytes parsed, and
    // than the first bytes read, each shown whole.
    DatasetFiles files =
        DatasetFiles.withCustomers()
            .customer("alpha", "Alpha AB", "smb", "40000")
            .customer("beta", "Beta AB", "smb", "40000")
            .file(
                "invoices.csv",
                "invoice_id",
                "customer_id",
                "memo",
                "issued",
                "due",
                "amount",
                "paid");
    for (int month = 1; month <= 9; month++) {
      String m = String.format("%02d", month);
      String memo = ("Påminnelse skickad, \"igen\", 督促状\n").repeat(month * month * 8);
      for (String customer : List.of("alpha", "beta")) {
        files.row(
            "invoices.csv",
            customer.toUpperCase(java.util.Locale.ROOT) + "-" + month,
            customer,
            memo,
            "2026-" + m + "-01",
            "2026-" + m + "-15",
            "9000",
            "");
      }
    }
    Path data = files.writeTo(temp.resolve("data"));
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
    SiteBuilder.Summary summary = build(review, data, temp.resolve("site"));
    String page = alphaPage(summary.out());
    assertTrue(
        summary.notices().stream().noneMatch(n -> n.contains("invoices.csv:")),
        summary.notices().toString());
    assertFalse(page.contains("the row is no longer in the file"));
    // The five most telling rows: the oldest unpaid invoices, their memos 0.4 to 9 KiB.
    for (int month = 1; month <= 5; month++) {
      String shown = "ALPHA-" + month + ": 9,000 EUR, due " + MONTHS.get(month - 1) + " 15, 2026";
      assertTrue(page.contains(shown), shown);
    }
    assertFalse(page.contains("BETA-"));
  }

  private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May");

  private static SiteBuilder.Summary build(PortfolioReview review, Path data, Path out)
      throws IOException {
    SiteOptions options = SiteOptions.defaults("Review", data).withPdf(SiteOptions.PdfOptions.OFF);
    return new SiteBuilder(review, options, Progress.NONE).build(out);
  }

  private static String alphaPage(Path site) throws IOException {
    Map<String, String> pages = SiteBuilderTest.htmlPages(site);
    return pages.entrySet().stream()
        .filter(e -> e.getKey().startsWith("customers/alpha-"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
  }
}
