package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.site.SiteLanguage;
import com.keepwise.reports.testing.HtmlChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo (300 customers, every behaviour of the catalog, every action) builds in every language
 * the site speaks, and its pages are valid HTML in the page's language and direction: the summary
 * pages and every tenth customer page go through the Nu HTML Checker. English is built by {@link
 * CommandLineTest}.
 */
class DemoSitesTest {

  @TempDir static Path temp;
  static HtmlChecker html;

  @BeforeAll
  static void validator() throws Exception {
    html = new HtmlChecker();
  }

  /** Every language but English, which CommandLineTest's demo is in. */
  static Stream<String> languages() {
    return SiteLanguage.codes().stream().filter(code -> !code.equals("en"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void theDemoBuildsAndIsValidHtml(String locale) throws Exception {
    Path out = temp.resolve("demo-" + locale);
    CliRun run = CliRun.of("demo", "--locale", locale, "--out", out.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(run.out().startsWith(summaryOf(out)), run.out());

    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      for (int i = 0; i < all.size(); i++) {
        Path page = all.get(i);
        if (!page.getParent().getFileName().toString().equals("customers")
            || page.getFileName().toString().startsWith("index")
            || i % 10 == 0) {
          pages.add(page);
        }
      }
    }
    List<String> problems = html.problems(out, pages);
    String dir = locale.equals("fa") ? "rtl" : "ltr";
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      assertEquals(
          1,
          doc.select("html[lang=" + locale + "][dir=" + dir + "]").size(),
          out.relativize(page).toString());
    }
    assertTrue(pages.size() >= 35, "pages checked: " + pages.size());
    assertEquals(List.of(), problems);
  }

  /**
   * The start of demo's summary of the site in {@code out}: as many pages as it holds, a customer
   * page for every customer of the embedded dataset.
   */
  static String summaryOf(Path out) throws java.io.IOException {
    long pages;
    try (Stream<Path> files = Files.walk(out)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).count();
    }
    Path data = Files.createTempDirectory("keepwise-demo-data-");
    try {
      DemoCommand.copyDataset(data);
      int customers = com.keepwise.reports.dataset.Dataset.open(data).customers().size();
      return String.format(
          java.util.Locale.ROOT, "Wrote %,d pages (%,d customer pages, ", pages, customers);
    } finally {
      com.keepwise.reports.Staging.deleteTree(data);
    }
  }
}
