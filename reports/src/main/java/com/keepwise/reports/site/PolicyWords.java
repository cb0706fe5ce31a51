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
  static String description(LoadedPolicy policy, SiteText text, String kind, String id, String written) {
    String key = "default_policy." + kind + "." + id;
    if (isDefault(policy) && text.has(key)) {
      return text.t(key);
    }
    return text.data(written);
  }
}
