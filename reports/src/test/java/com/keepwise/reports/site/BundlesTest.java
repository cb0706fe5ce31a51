package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import com.keepwise.domain.ContractCode;
import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.domain.signal.Channel;
import com.keepwise.domain.signal.Direction;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A missing translation fails the build, not the reader: every locale's bundle has exactly the keys
 * of the English one, every pattern parses, uses the same arguments as the English pattern, gives
 * every plural the forms its language needs (Polish one, few, many and other), formats without
 * error, and the files are UTF-8.
 */
class BundlesTest {

  /** The languages site.yaml accepts besides English. */
  static final List<String> LOCALES =
      SiteLanguage.codes().stream().filter(code -> !code.equals("en")).toList();

  static final String SITE = "/keepwise/site/i18n/site";
  static final String PHRASES = "/com/keepwise/scoring/explain/phrases";

  static Stream<Arguments> bundles() {
    return Stream.of(SITE, PHRASES)
        .flatMap(
            bundle ->
                Stream.concat(Stream.of("en"), LOCALES.stream())
                    .map(locale -> Arguments.of(bundle, locale)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bundles")
  void hasExactlyTheEnglishKeys(String bundle, String locale) throws IOException {
    if (locale.equals("en")) {
      return;
    }
    Set<String> english = load(bundle, "en").stringPropertyNames();
    Set<String> translated = load(bundle, locale).stringPropertyNames();
    Set<String> missing = new TreeSet<>(english);
    missing.removeAll(translated);
    Set<String> extra = new TreeSet<>(translated);
    extra.removeAll(english);
    assertEquals(Set.of(), missing, bundle + "_" + locale + " lacks keys");
    assertEquals(Set.of(), extra, bundle + "_" + locale + " has keys English does not");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bundles")
  void everyPatternParsesWithTheEnglishArgumentsAndAllPluralForms(String bundle, String locale)
      throws IOException {
    Properties english = load(bundle, "en");
    Properties translated = load(bundle, locale);
    ULocale ulocale = new ULocale(locale);
    PluralRules plurals = PluralRules.forLocale(ulocale);
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(translated.stringPropertyNames())) {
      String pattern = translated.getProperty(key);
      try {
        MessageFormat format = new MessageFormat(pattern, ulocale);
        if (english.containsKey(key)) {
          Set<String> expected =
              new MessageFormat(english.getProperty(key), ULocale.ENGLISH).getArgumentNames();
          if (!format.getArgumentNames().equals(expected)) {
            problems.add(
                key
                    + ": arguments "
                    + new TreeSet<>(format.getArgumentNames())
                    + ", English has "
                    + new TreeSet<>(expected));
          }
        }
        problems.addAll(missingPluralForms(key, pattern, plurals));
        for (long n : new long[] {0, 1, 2, 5, 22, 101}) {
          Object[] args = new Object[10];
          java.util.Arrays.fill(args, n);
          format.format(args);
        }
      } catch (IllegalArgumentException e) {
        problems.add(key + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), problems, bundle + "_" + locale);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bundles")
  void isUtf8(String bundle, String locale) throws IOException {
    byte[] bytes = bytes(bundle, locale);
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      fail(bundle + "_" + locale + " is not UTF-8: " + e);
    }
  }

  @Test
  void everyReasonActionAndCriterionHasWords() throws IOException {
    Properties phrases = load(PHRASES, "en");
    List<String> missing = new ArrayList<>();
    for (ReasonCode code : ReasonCode.values()) {
      if (!phrases.containsKey(code.messageKey())) {
        missing.add(code.messageKey());
      }
    }
    for (Action action : Action.values()) {
      String key = "action." + action.name().toLowerCase(Locale.ROOT);
      if (!phrases.containsKey(key)) {
        missing.add(key);
      }
    }
    for (Criterion criterion : Catalog.all()) {
      if (!phrases.containsKey("why." + criterion.id())) {
        missing.add("why." + criterion.id());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyContractCodeShownInTheEvidenceHasWords() throws IOException {
    Properties site = load(SITE, "en");
    Map<String, Class<? extends ContractCode>> groups =
        Map.of(
            "channel",
            Channel.class,
            "direction",
            Direction.class,
            "meeting",
            MeetingKind.class,
            "outcome",
            MeetingOutcome.class,
            "request",
            RequestKind.class,
            "incident",
            IncidentKind.class,
            "review",
            ReviewChannel.class,
            "followed",
            AdviceFollowed.class);
    List<String> missing = new ArrayList<>();
    groups.forEach(
        (group, type) -> {
          for (ContractCode code : type.getEnumConstants()) {
            if (!site.containsKey("code." + group + "." + code.code())) {
              missing.add("code." + group + "." + code.code());
            }
          }
        });
    assertEquals(List.of(), missing);
  }

  @Test
  void theDefaultPolicysWordsInEnglishAreTheFilesOwn() {
    var policy = com.keepwise.scoring.policy.PolicyLoader.defaultPolicy().policy();
    SiteText english = new SiteText(Locale.ENGLISH, java.util.Currency.getInstance("EUR"));
    Map<String, String> expected = new java.util.TreeMap<>();
    expected.put("default_policy.name", policy.name().orElseThrow());
    policy.hardRules().forEach(r -> expected.put("default_policy.rule." + r.id(), r.description()));
    policy
        .problemCaps()
        .forEach(c -> expected.put("default_policy.cap." + c.id(), c.description()));
    policy
        .protections()
        .forEach(p -> expected.put("default_policy.protection." + p.id(), p.description()));
    policy
        .partWaysOrNone()
        .forEach(p -> expected.put("default_policy.pattern." + p.id(), p.description()));
    Map<String, String> actual = new java.util.TreeMap<>();
    expected
        .keySet()
        .forEach(key -> actual.put(key, english.has(key) ? english.t(key) : "(missing)"));
    assertEquals(expected, actual, "site.properties says what default-policy.yaml says");
  }

  @Test
  void everyLocaleReadsItsOwnBundlesNotTheEnglishOnes() {
    java.util.Currency sek = java.util.Currency.getInstance("SEK");
    String exit = PhraseRenderer.forReaders(Locale.ENGLISH, sek, false).word("action.exit_now");
    String overview = new SiteText(Locale.ENGLISH, sek).t("nav.overview");
    for (String locale : LOCALES) {
      // ResourceBundle falls back to the base (English) file when a language's file is missing or
      // misnamed.
      assertTrue(
          !PhraseRenderer.forReaders(Locale.forLanguageTag(locale), sek, false)
              .word("action.exit_now")
              .equals(exit),
          locale);
      assertTrue(
          !new SiteText(Locale.forLanguageTag(locale), sek).t("nav.overview").equals(overview),
          locale);
    }
  }

  /**
   * The plural categories of the language that a plural argument leaves out. A category may be left
   * out only when explicit values ({@code =1}) cover every number in it, as English "one".
   */
  static List<String> missingPluralForms(String key, String pattern, PluralRules rules) {
    MessagePattern parsed =
        new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() != MessagePattern.Part.Type.ARG_START
          || part.getArgType() != MessagePattern.ArgType.PLURAL) {
        continue;
      }
      int limit = parsed.getLimitPartIndex(i);
      Set<String> keywords = new TreeSet<>();
      Set<Double> explicit = new TreeSet<>();
      String argument = parsed.getSubstring(parsed.getPart(i + 1));
      for (int j = i + 1; j < limit; j++) {
        MessagePattern.Part p = parsed.getPart(j);
        if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
          String selector = parsed.getSubstring(p);
          if (selector.startsWith("=")) {
            explicit.add(Double.parseDouble(selector.substring(1)));
          } else {
            keywords.add(selector);
          }
        } else if (p.getType() == MessagePattern.Part.Type.MSG_START) {
          j = parsed.getLimitPartIndex(j);
        }
      }
      for (String keyword : rules.getKeywords()) {
        if (keywords.contains(keyword)) {
          continue;
        }
        Collection<Double> values = rules.getAllKeywordValues(keyword);
        if (values == null || !explicit.containsAll(values)) {
          problems.add(key + ": the plural of {" + argument + "} lacks the form '" + keyword + "'");
        }
      }
    }
    return problems;
  }

  static Properties load(String bundle, String locale) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(new String(bytes(bundle, locale), StandardCharsets.UTF_8)));
    return properties;
  }

  static byte[] bytes(String bundle, String locale) throws IOException {
    String name = bundle + (locale.equals("en") ? "" : "_" + locale) + ".properties";
    try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
      if (in == null) {
        fail("no bundle " + name);
      }
      return in.readAllBytes();
    }
  }
}
