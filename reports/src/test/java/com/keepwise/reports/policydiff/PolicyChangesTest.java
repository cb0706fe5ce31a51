package com.keepwise.reports.policydiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.testing.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What changed between two policies, in words: settings by path, rules by id, their order on its
 * own.
 */
class PolicyChangesTest {

  static LoadedPolicy load(String text) {
    PolicyLoader.Result result = new PolicyLoader().load("policy.yaml", text);
    return result.policy().orElseThrow(() -> new AssertionError(result.problems()));
  }

  @Test
  void commentsAndLayoutAreNoChange() {
    String text = PolicyLoader.defaultPolicyText();
    String relaid =
        TextEdit.of(text)
            .replace("# Keepwise default policy", "# Our policy")
            .replace("  risk_high: 35", "  risk_high:    35")
            .text();
    assertEquals(List.of(), PolicyChanges.between(load(text), load(relaid)));
  }

  @Test
  void settingsAreNamedByPathAndRulesById() {
    String text = PolicyLoader.defaultPolicyText();
    String threat =
        text.substring(text.indexOf("  - id: threat\n"), text.indexOf("  - id: repeated_abuse\n"));
    String changed =
        TextEdit.of(text)
            .remove(threat)
            .replace("  - id: unethical_demands\n", threat + "  - id: unethical_demands\n")
            .replace("\"bullies_staff.abuse_points >= 5\"", "\"bullies_staff.abuse_points >= 4\"")
            .replace(
                "  industries: [software, retail, manufacturing, logistics]",
                "  industries: [software, retail]")
            .replace("  regions: [SE, NO, PL, DE]", "  regions: [SE, NO]")
            .replace(
                "segments:                    # what segments do differently\n",
                "segments:                    # what segments do differently\n  retail: {}\n")
            .text();
    List<String> said =
        PolicyChanges.between(load(text), load(changed)).stream().map(PolicyChange::say).toList();
    assertEquals(
        List.of(
            "ideal_customer_profile.industries: [software, retail, manufacturing, logistics] → [software, retail]",
            "ideal_customer_profile.regions: [SE, NO, PL, DE] → [SE, NO]",
            "hard_rules[bullying].when: \"bullies_staff.abuse_points >= 5\" → \"bullies_staff.abuse_points >= 4\"",
            "hard_rules (order): non_payment, threat, repeated_abuse, bullying, unethical_demands"
                + " → non_payment, repeated_abuse, bullying, threat, unethical_demands",
            "segments.retail: added, {}"),
        said);
  }
}
