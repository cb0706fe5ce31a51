package com.keepwise.reports.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Side;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recipe for adding a criterion (docs/architecture.md), kept true: a criterion in the catalog
 * with a step missed fails here, at build time, not on a page at run time. Other languages' copies
 * of these keys are BundlesTest's business.
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
}
