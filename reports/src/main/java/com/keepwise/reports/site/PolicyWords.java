package com.keepwise.reports.site;

import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;

/**
 * The words a policy file brings with it (its name, the descriptions of its rules, caps and
 * protections), as the site shows them. A user's policy speaks for itself and is shown as written;
 * the built-in default policy is shown in the site's language, from {@code default_policy.*} keys
 * whose English text a test keeps equal to the file's.
 */
final class PolicyWords {

  private static final String DEFAULT_TEXT = PolicyLoader.defaultPolicyText();

  private PolicyWords() {}

  static boolean isDefault(LoadedPolicy policy) {
    return policy.text().equals(DEFAULT_TEXT);
  }

  /** The policy's name, or its source when it has none. */
  static String name(LoadedPolicy policy, SiteText text) {
    if (isDefault(policy)) {
      return text.t("default_policy.name");
    }
    return text.data(policy.policy().name().orElse(policy.source()));
  }

  /**
   * What a rule, cap or protection is for.
   *
   * @param kind {@code rule}, {@code cap}, {@code pattern} or {@code protection}
   */
  static String description(
      LoadedPolicy policy, SiteText text, String kind, String id, String written) {
    String key = "default_policy." + kind + "." + id;
    if (isDefault(policy) && text.has(key)) {
      return text.t(key);
    }
    return text.data(written);
  }

  /** The same, without the articles' source codes ("(000)", "(004 #7)"), for the client. */
  static String description(
      LoadedPolicy policy, SiteText text, String kind, String id, String written, boolean analyst) {
    String words = description(policy, text, kind, id, written);
    return analyst || !isDefault(policy) ? words : withoutSources(words);
  }

  /**
   * Source references in brackets: three digits, perhaps "#n", in any script's digits and brackets.
   */
  private static final java.util.regex.Pattern SOURCES =
      java.util.regex.Pattern.compile("\\s*[(（][0-9۰-۹]{3}[^)）]*[)）]");

  /** A sentence of the default policy without the articles' source codes. */
  static String withoutSources(String words) {
    return SOURCES.matcher(words).replaceAll("");
  }
}
