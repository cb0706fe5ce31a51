package com.keepwise.scoring.policy;

import com.keepwise.scoring.rules.Condition;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A policy that passed every check, with its rule conditions compiled.
 *
 * @param source where it came from (a file name, or "default policy")
 * @param text the YAML as written, for diffs and the policy page
 * @param conditions the compiled {@code when} of each hard rule and protection, by id
 */
public record LoadedPolicy(
    String source, String text, Policy policy, Map<String, Condition> conditions) {

  public LoadedPolicy {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(policy, "policy");
    conditions = Map.copyOf(conditions);
  }

  public Condition condition(String ruleOrProtectionId) {
    return Objects.requireNonNull(conditions.get(ruleOrProtectionId), ruleOrProtectionId);
  }

  public List<HardRule> hardRules() {
    return policy.hardRules();
  }
}
