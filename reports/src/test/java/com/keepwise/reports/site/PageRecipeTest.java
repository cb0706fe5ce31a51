package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The recipe for adding a page (docs/architecture.md), kept true: a page is its view class, its
 * template and its words, registered once in {@link SitePage}; a registered page without its
 * template or its title in every language, a view class or a template no entry registers, fails
 * here at build time rather than on a page at run time.
 */
class PageRecipeTest {

  /** Surefire runs in the module's directory; the templates live in site-templates'. */
  private static final Path TEMPLATES =
      Path.of("..", "site-templates", "src", "main", "resources", "keepwise", "site");

  private static final Path VIEWS =
      Path.of("src", "main", "java", "com", "keepwise", "reports", "site");

  @ParameterizedTest
  @EnumSource(SitePage.class)
  void hasItsTemplate(SitePage page) {
    assertTrue(
        Files.isRegularFile(TEMPLATES.resolve(page.template())),
        page + "'s template " + page.template() + " is missing from " + TEMPLATES);
    assertTrue(
        Templates.class.getResource(Templates.ROOT + "/" + page.template()) != null,
        page + "'s template " + page.template() + " is not on the class path");
  }

  @ParameterizedTest
  @EnumSource(SitePage.class)
  void hasItsTitleInEveryLanguage(SitePage page) throws IOException {
    for (SiteLanguage language : SiteLanguage.values()) {
      // Read each file on its own: a ResourceBundle would fall back to English's words.
      String file =
          language == SiteLanguage.EN
              ? "site.properties"
              : "site_" + language.code() + ".properties";
      Properties words = new Properties();
      try (InputStream in = Files.newInputStream(TEMPLATES.resolve("i18n").resolve(file))) {
        words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertTrue(
          !words.getProperty(page.titleKey(), "").isBlank(),
          file + " lacks " + page.titleKey() + ", the title of " + page);
    }
  }

  @Test
  void everyTemplateOfAPageIsRegistered() throws IOException {
    Set<String> templates;
    try (Stream<Path> files = Files.list(TEMPLATES.resolve("pages"))) {
      templates =
          files
              .map(file -> "pages/" + file.getFileName())
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(
        templates,
        Arrays.stream(SitePage.values())
            .map(SitePage::template)
            .collect(Collectors.toCollection(TreeSet::new)),
        "the templates in pages/ and the pages SitePage registers");
  }

  @Test
  void everyViewClassOfAPageIsRegisteredOnce() throws IOException {
    Set<String> views;
    try (Stream<Path> files = Files.list(VIEWS)) {
      views =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith("Page.java") && !name.equals("SitePage.java"))
              .map(name -> name.substring(0, name.length() - ".java".length()))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(
        views,
        Arrays.stream(SitePage.values())
            .map(page -> page.view().getSimpleName())
            .collect(Collectors.toCollection(TreeSet::new)),
        "the *Page classes and the pages SitePage registers");
    assertEquals(
        SitePage.values().length,
        Arrays.stream(SitePage.values()).map(SitePage::template).distinct().count(),
        "two pages registered with one template");
  }

  @Test
  void theNavigationListsTheLinkedPagesInTheRegistrysOrder() {
    assertEquals(
        java.util.List.of(
            SitePage.OVERVIEW, SitePage.CUSTOMERS, SitePage.POLICY, SitePage.DATA_QUALITY),
        Arrays.stream(SitePage.values()).filter(SitePage::linked).toList());
  }

  @Test
  void thePageRecipeNamesTheRegistry() throws IOException {
    String architecture = Files.readString(Path.of("..", "docs", "architecture.md"));
    int recipe = architecture.indexOf("**A page.**");
    assertTrue(recipe >= 0, "docs/architecture.md has no recipe for a page");
    int end = architecture.indexOf("\n\n", recipe);
    String text = architecture.substring(recipe, end < 0 ? architecture.length() : end);
    assertTrue(text.contains("`SitePage`"), "the page recipe does not name SitePage: " + text);
    assertTrue(text.contains("PageRecipeTest"), "the page recipe does not name its test: " + text);
  }
}
