package com.keepwise.reports.policydiff;

import java.util.Optional;

/**
 * One difference between two policies, at a setting path: {@code criteria.pays_late.weight}, {@code
 * hard_rules[threat].when}. A value is absent on the side that does not have the setting.
 *
 * @param before the value in the base policy, as written (lists and mappings in flow style)
 * @param after the value in the new policy
 */
public record PolicyChange(String path, Optional<String> before, Optional<String> after) {

  /**
   * The change in words: {@code criteria.pays_late.weight: 10 → 12}, {@code segments.retail: added,
   * {…}}.
   */
  public String say() {
    if (before.isEmpty()) {
      return path + ": added, " + after.orElse("");
    }
    if (after.isEmpty()) {
      return path + ": removed (was " + before.get() + ")";
    }
    return path + ": " + before.get() + " → " + after.get();
  }
}
