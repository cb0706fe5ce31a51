package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.testing.HtmlChecker;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated page, in every language the site speaks, is valid HTML (the Nu HTML Checker),
 * every link between pages resolves, and every page has its landmarks and its language. The Persian
 * site is right to left, with Latin names isolated from the Persian text around them.
 */
class SiteValidityTest {

  /** The languages of site.yaml. */
  static final List<String> LOCALES = SiteLanguage.codes();

  /** The sites built for the analyst; the others are for the client. */
  static final List<String> ANALYST_LOCALES = List.of("sv", "pl", "fa");

  @TempDir static Path temp;
  static final Map<String, Path> sites = new LinkedHashMap<>();
  static final Map<String, List<Path>> pages = new LinkedHashMap<>();
  static HtmlChecker html;

  @BeforeAll
  static void buildSites() throws Exception {
    Path data = SiteBuilderTest.hostile().writeTo(temp.resolve("data"));
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
    for (String locale : LOCALES) {
      Path site = temp.resolve("site-" + locale);
      // Half the languages for the analyst (file references, ids, the policy's YAML), half for the
      // client.
      SiteConfig.Audience audience =
          ANALYST_LOCALES.contains(locale)
              ? SiteConfig.Audience.ANALYST
              : SiteConfig.Audience.CLIENT;
      new SiteBuilder(
              review,
              SiteOptions.defaults("Review", data)
                  .withLocale(Locale.forLanguageTag(locale))
                  .withAudience(audience),
              Progress.NONE)
          .build(site);
      sites.put(locale, site);
      try (Stream<Path> files = Files.walk(site)) {
        pages.put(locale, files.filter(p -> p.toString().endsWith(".html")).sorted().toList());
      }
    }
    html = new HtmlChecker();
  }

  static List<String> locales() {
    return LOCALES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locales")
  void everyPageIsValidHtml(String locale) throws Exception {
    List<String> problems = html.problems(sites.get(locale), pages.get(locale));
    assertTrue(pages.get(locale).size() >= 10, "pages: " + pages.get(locale));
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locales")
  void everyInternalLinkResolves(String locale) throws IOException {
    Path site = sites.get(locale);
    List<String> broken = new ArrayList<>();
    for (Path page : pages.get(locale)) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element link : doc.select("a[href], link[href], script[src]")) {
        String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (target.startsWith("#") || target.startsWith("data:")) {
          continue;
        }
        assertTrue(
            !target.contains("://"), site.relativize(page) + " links outside the site: " + target);
        Path resolved = page.getParent().resolve(target.replaceAll("#.*$", "")).normalize();
        if (!resolved.startsWith(site) || !Files.isRegularFile(resolved)) {
          broken.add(site.relativize(page) + " → " + target);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locales")
  void everyPageHasOneMainHeadingTheLandmarksAndItsLanguage(String locale) throws IOException {
    Path site = sites.get(locale);
    String dir = locale.equals("fa") ? "rtl" : "ltr";
    for (Path page : pages.get(locale)) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      String name = site.relativize(page).toString();
      assertEquals(1, doc.select("h1").size(), name);
      assertEquals(1, doc.select("main#main").size(), name);
      assertEquals(1, doc.select("header nav").size(), name);
      assertEquals(1, doc.select("html[lang=" + locale + "][dir=" + dir + "]").size(), name);
    }
  }

  @Test
  void persianPagesAreRightToLeftWithLatinNamesIsolated() throws IOException {
    Path site = sites.get("fa");
    Document overview = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertEquals("rtl", overview.selectFirst("html").attr("dir"));
    // In tables, names, ids and segments stand in <bdi>: "Plain AB" keeps its own direction.
    Document customers = Jsoup.parse(site.resolve("customers/index.html").toFile(), "UTF-8");
    assertTrue(
        customers.select("td bdi").stream().anyMatch(b -> b.text().equals("Plain AB")),
        "Plain AB in a <bdi>");
    assertTrue(
        customers.select("td bdi.id").stream().anyMatch(b -> b.text().equals("plain")),
        "its id in a <bdi>");
    // Inside Persian sentences the name is wrapped in U+2068 … U+2069, the plain-text <bdi>.
    Path page;
    try (Stream<Path> files = Files.list(site.resolve("customers"))) {
      page =
          files
              .filter(p -> p.getFileName().toString().startsWith("plain-"))
              .findFirst()
              .orElseThrow();
    }
    Document customer = Jsoup.parse(page.toFile(), "UTF-8");
    assertEquals("Plain AB", customer.selectFirst("h1 > bdi").text());
    String letter = customer.select(".draft p").eachText().toString();
    assertTrue(letter.contains("مدیریت محترم \u2068Plain AB\u2069"), letter);
    assertTrue(customer.title().startsWith("\u2068Plain AB\u2069"), customer.title());
    // Numbers are written with Persian digits, and the policy's YAML stays left to right.
    assertTrue(
        overview.select(".figures dd").first().text().matches("[۰-۹٬]+"),
        overview.select(".figures dd").first().text());
    Document policy = Jsoup.parse(site.resolve("policy.html").toFile(), "UTF-8");
    assertEquals("ltr", policy.selectFirst("pre.yaml").attr("dir"));
  }

  @Test
  void englishSentencesCarryNoIsolatesForLatinNames() throws IOException {
    Path site = sites.get("en");
    String all = SiteBuilderTest.htmlPages(site).values().stream().reduce("", String::concat);
    assertTrue(
        all.contains("<p class=\"to\">Plain AB</p>"),
        "no isolates around a Latin name in a left-to-right page");
    assertTrue(
        all.contains("<p class=\"to\">\u2068شرکت آریا (Aria Co.)\u2069</p>"),
        "a Persian name in English text is isolated");
  }
}
