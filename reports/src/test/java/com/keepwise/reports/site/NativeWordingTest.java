package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the native-level translation review found once and a bundle edit could bring back: a
 * reason's name with a comma inside breaks the lists it is joined into ("Several problems at once
 * (A, after hours, B and C)"), and an action named in the middle of a sentence reads as a name only
 * in quotes ("gives ”Refer elsewhere”", not "gives Refer elsewhere").
 */
class NativeWordingTest {

  static List<String> locales() {
    return BundlesTest.LOCALES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locales")
  void noReasonNameHoldsTheListSeparator(String locale) throws IOException {
    Properties phrases = BundlesTest.load(BundlesTest.PHRASES, locale);
    List<String> broken = new ArrayList<>();
    for (String key : new TreeSet<>(phrases.stringPropertyNames())) {
      String name = phrases.getProperty(key);
      if (key.startsWith("reason.")
          && (name.contains(",") || name.contains("،") || name.contains("、"))) {
        broken.add(key + "=" + name);
      }
    }
    assertEquals(List.of(), broken, "phrases_" + locale);
  }

  /** The site's sentences that name an action mid-sentence, and the argument that holds it. */
  static final List<Object[]> ACTION_MID_SENTENCE =
      List.of(
          new Object[] {"step.matrix", 1},
          new Object[] {"step.several_problems", 1},
          new Object[] {"step.problem_cap", 1},
          new Object[] {"step.protection", 1},
          new Object[] {"policy.at_most", 0},
          new Object[] {"policy.several_problems", 2});

  @ParameterizedTest(name = "{0}")
  @MethodSource("locales")
  void anActionNamedMidSentenceIsQuoted(String locale) throws IOException {
    Properties site = BundlesTest.load(BundlesTest.SITE, locale);
    String action = "ACTION";
    List<String> bare = new ArrayList<>();
    for (Object[] sentence : ACTION_MID_SENTENCE) {
      String key = (String) sentence[0];
      Object[] args = {2L, 2L, 2L, 2L};
      args[(Integer) sentence[1]] = action;
      String said = new MessageFormat(site.getProperty(key), new ULocale(locale)).format(args);
      int at = said.indexOf(action);
      String before = at > 0 ? said.substring(at - 1, at) : "";
      if (!List.of("”", "«", "„", "「", "\"").contains(before)) {
        bare.add(key + ": " + said);
      }
    }
    assertEquals(List.of(), bare, "site_" + locale);
  }
}
