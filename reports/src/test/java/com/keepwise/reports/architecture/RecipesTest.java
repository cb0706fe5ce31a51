package com.keepwise.reports.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.site.SiteLanguage;
import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Side;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recipes for adding a criterion and a language (docs/architecture.md), kept true: a criterion
 * in the catalog or a language with a step missed fails here, at build time, not on a page at run
 * time. Other languages' copies of the keys are BundlesTest's business.
 */
class RecipesTest {

  private static final ResourceBundle PHRASES =
      ResourceBundle.getBundle("com.keepwise.scoring.explain.phrases", Locale.ROOT);
  private static final ResourceBundle SITE =
      ResourceBundle.getBundle("keepwise.site.i18n.site", Locale.ROOT);

  static Stream<Criterion> criteria() {
    return Catalog.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criteria")
  void hasItsEntryInTheDefaultPolicy(Criterion criterion) throws IOException {
    String policy;
    try (InputStream in =
        Catalog.class.getResourceAsStream("/com/keepwise/scoring/policy/default-policy.yaml")) {
      policy = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(
        Pattern.compile("(?m)^\\s+" + Pattern.quote(criterion.id()) + ":").matcher(policy).find(),
        "default-policy.yaml has no entry for " + criterion.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criteria")
  void hasItsWordsInTheBundles(Criterion criterion) {
    String code = criterion.reason().name().toLowerCase(Locale.ROOT);
    assertTrue(PHRASES.containsKey("why." + criterion.id()), "phrases lack why." + criterion.id());
    assertTrue(PHRASES.containsKey("reason." + code), "phrases lack reason." + code);
    if (criterion.side() == Side.RISK) {
      assertTrue(
          SITE.containsKey("prevention.avoid." + code),
          "the site's words lack prevention.avoid." + code);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criteria")
  void hasItsUnitTest(Criterion criterion) {
    // Surefire runs in the module's directory; the criteria's tests live in scoring's.
    Path test =
        Path.of(
            "..",
            "scoring",
            "src",
            "test",
            "java",
            "com",
            "keepwise",
            "scoring",
            "criteria",
            criterion.getClass().getSimpleName() + "Test.java");
    assertTrue(Files.isRegularFile(test), test + " is missing");
  }

  /** The bundles of every language: the site's words and the phrases. */
  private static final List<Path> BUNDLE_DIRECTORIES =
      List.of(
          Path.of("..", "site-templates", "src", "main", "resources", "keepwise", "site", "i18n"),
          Path.of(
              "..",
              "scoring",
              "src",
              "main",
              "resources",
              "com",
              "keepwise",
              "scoring",
              "explain"));

  @Test
  void everyLanguageHasItsTwoBundlesAndEveryBundleItsLanguage() throws IOException {
    Set<String> listed = new TreeSet<>(SiteLanguage.codes());
    listed.remove("en"); // English's bundles are the ones without a suffix
    for (Path directory : BUNDLE_DIRECTORIES) {
      Set<String> bundled = new TreeSet<>();
      try (Stream<Path> files = Files.list(directory)) {
        files
            .map(file -> file.getFileName().toString())
            .map(Pattern.compile("^[a-z]+_([a-z]+)\\.properties$")::matcher)
            .filter(Matcher::matches)
            .forEach(m -> bundled.add(m.group(1)));
      }
      assertEquals(
          listed, bundled, "the languages of SiteLanguage and the bundles in " + directory);
    }
  }

  @Test
  void theLanguageRecipeNamesTheListOfLanguages() throws IOException {
    for (Path document :
        List.of(Path.of("..", "README.md"), Path.of("..", "docs", "architecture.md"))) {
      String text = Files.readString(document);
      assertTrue(text.contains("`SiteLanguage`"), document + " does not name SiteLanguage");
    }
  }
}
