package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every generated page is valid HTML (the Nu HTML Checker), and every link between pages resolves. */
class SiteValidityTest {

  @TempDir static Path temp;
  static Path site;
  static List<Path> pages;

  @BeforeAll
  static void buildSite() throws IOException {
    Path data = SiteBuilderTest.hostile().writeTo(temp.resolve("data"));
    site = temp.resolve("site");
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
    new SiteBuilder(review, SiteOptions.defaults("Review", data), Progress.NONE).build(site);
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    List<String> problems = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        problems.add(site.relativize(Path.of(URI.create(e.getSystemId()))) + ":" + e.getLineNumber() + ":"
            + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
    validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collect);
    validator.setUpValidatorAndParsers(collect, false, false);
    for (Path page : pages) {
      validator.checkHtmlFile(page.toFile(), true);
    }
    assertTrue(pages.size() >= 10, "pages: " + pages);
    assertEquals(List.of(), problems);
  }

  @Test
  void everyInternalLinkResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element link : doc.select("a[href], link[href], script[src]")) {
        String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (target.startsWith("#") || target.startsWith("data:")) {
          continue;
        }
        assertTrue(!target.contains("://"), site.relativize(page) + " links outside the site: " + target);
        Path resolved = page.getParent().resolve(target.replaceAll("#.*$", "")).normalize();
        if (!resolved.startsWith(site) || !Files.isRegularFile(resolved)) {
          broken.add(site.relativize(page) + " → " + target);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void everyPageHasOneMainHeadingAndTheLandmarks() throws IOException {
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      String name = site.relativize(page).toString();
      assertEquals(1, doc.select("h1").size(), name);
      assertEquals(1, doc.select("main#main").size(), name);
      assertEquals(1, doc.select("header nav").size(), name);
      assertTrue(doc.select("html[lang]").size() == 1, name);
    }
  }
}
