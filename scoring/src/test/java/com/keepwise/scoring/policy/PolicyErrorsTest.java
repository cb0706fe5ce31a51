package com.keepwise.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.Problem;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken policies, one fixture per failure mode, each with its exact located message. */
class PolicyErrorsTest {

  @Test
  void theMinimalPolicyTheFixturesComeFromLoads() throws IOException {
    assertEquals(
        List.of(),
        new PolicyLoader().load("minimal-policy.yaml", read("minimal-policy.yaml")).problems());
  }

  @Test
  void aPolicyWrittenBeforeTheNewSettingsStillLoads() throws IOException {
    PolicyLoader.Result result =
        new PolicyLoader().load("older-policy.yaml", read("older-policy.yaml"));
    assertEquals(List.of(), result.problems());
    Policy policy = result.policy().orElseThrow().policy();
    assertTrue(policy.trend().isOlderWay());
    assertEquals(List.of(), policy.partWaysOrNone());
    assertTrue(policy.longStandingYears().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      policy-unknown-key.yaml            | 4:1: unknown key 'wieghts' (expected one of bands, business_hours, cost_model, criteria, full_risk_share, hard_rules, ideal_customer_profile, long_standing_years, matrix, name, new_customers, part_ways, problem_caps, problem_severity, protections, review, segments, several_problems, trend, value, version)
      policy-unknown-criterion.yaml      | 15:3: criteria: 'pays_lat' is not a risk criterion (expected one of pays_late, haggles, needs_high_touch, over_communicates, escalates_past_contacts, bullies_staff, moves_goal_posts, makes_unreasonable_demands, refuses_check_ins, misses_meetings, acts_dishonestly, complains_publicly, complains_about_trifles, ignores_advice, makes_unethical_requests, falls_outside_profile, has_no_growth_potential, sends_no_referrals, is_unprofitable; did you mean 'pays_late'?)
      policy-weight-out-of-range.yaml    | 16:13: criteria.pays_late.weight: is 150 (expected a weight from 0 to 100)
      policy-weight-not-a-number.yaml    | 16:13: criteria.pays_late.weight: 'heavy' is not allowed here (expected a number like 2.5)
      policy-duplicate-key.yaml          | 17:11: the key 'weight' appears twice (expected each key once)
      policy-unknown-fact.yaml           | 18:7: criteria.pays_late.thresholds: 'day_overdue' is not a fact of pays_late (expected one of invoices_due, late_invoices, late_share, days_late_total, average_days_late, days_overdue, overdue_amount, overdue_share; did you mean 'days_overdue'?)
      policy-unknown-action.yaml         | 40:13: hard_rules[0].action: 'EXIT_NOWW' is not allowed here (expected one of NURTURE, KEEP, WATCH, RESET_TERMS, REFER_ELSEWHERE, EXIT_NOW; did you mean 'EXIT_NOW'?)
      policy-rule-unknown-name.yaml      | 43:12: hard_rules[1].when: unknown name 'bullies_staff.threat' (expected a criterion fact like pays_late.days_overdue, or customer.*, risk.*, value.*, trend.*; did you mean 'bullies_staff.threats'?)
      policy-rule-type-error.yaml        | 43:29: hard_rules[1].when: '>=' cannot be applied to (string, int) (expected values of matching types, such as a number with a number)
      policy-anchor.yaml                 | 4:9: review: anchors (&name) are not allowed (expected the value written out)
      policy-protection-reason.yaml      | 62:13: protections[0].reason: 'PAYS_LATE' is not a protection reason (expected one of LONG_STANDING_RELATIONSHIP, PERSONAL_RELATIONSHIP, IMPROVING_TREND, REPUTATION_AT_STAKE)
      policy-duplicate-rule-id.yaml      | 41:9: hard_rules[1].id: 'non_payment' is used twice (expected each rule, protection and pattern to have its own id)
      policy-bands-not-rising.yaml       | 30:8: bands: do not rise (expected risk_medium < risk_high < risk_critical and value_medium < value_high)
      policy-threshold-incomplete.yaml   | 22:19: criteria.falls_outside_profile.thresholds.mismatches: is neither a ramp nor a curve (expected from: and to:, or points:)
      policy-missing-section.yaml        | 2:1: matrix: is required (expected the decision matrix)
      policy-list-for-number.yaml        | 30:37: bands.risk_high: a list is not allowed here (expected a number like 2.5)
      policy-recent-not-shorter.yaml     | 5:3: review: recent_months leaves no earlier part to compare with (expected recent_months less than window_months)
      policy-held-by-unknown.yaml        | 56:15: part_ways[0].held_by[0]: 'long_standnig' is not a protection of this policy (expected one of long_standing; did you mean 'long_standing'?)
      policy-not-with-unknown.yaml       | 64:44: trend.not_with[0]: 'needs_hightouch' is not a risk criterion (expected one of pays_late, haggles, needs_high_touch, over_communicates, escalates_past_contacts, bullies_staff, moves_goal_posts, makes_unreasonable_demands, refuses_check_ins, misses_meetings, acts_dishonestly, complains_publicly, complains_about_trifles, ignores_advice, makes_unethical_requests, falls_outside_profile, has_no_growth_potential, sends_no_referrals, is_unprofitable; did you mean 'needs_high_touch'?)
      policy-long-standing-years.yaml    | 57:22: long_standing_years: is 0.5 (expected a number of years from 1 to 100)
      policy-contact-allowance.yaml      | 13:47: new_customers.contact_allowance: is 0.5 (expected a factor from 1 to 10)
      policy-trend-both-ways.yaml        | 64:8: trend: is incomplete or mixes two ways of saying improving (expected max_recent_problems and not_with, or the older min_earlier_problems and improving_ratio)
      policy-part-ways-condition.yaml    | 54:12: part_ways[0].when: unknown name 'bullies_staff.incident' (expected a criterion fact like pays_late.days_overdue, or customer.*, risk.*, value.*, trend.*; did you mean 'bullies_staff.incidents'?)
      """)
  void brokenPolicyIsReportedAtItsPlace(String fixture, String expected) throws IOException {
    PolicyLoader.Result result = new PolicyLoader().load(fixture, read(fixture));
    assertTrue(result.policy().isEmpty());
    assertEquals(
        List.of(fixture + ":" + expected),
        result.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void everyMistakeIsReportedInOneRun() throws IOException {
    String text =
        TextEdit.of(read("minimal-policy.yaml"))
            .replace("name: Minimal policy", "name: Minimal policy\nwieghts: 3")
            .replaceFirst("weight: 10", "weight: 150")
            .replace("\"bullies_staff.threats >= 1\"", "\"bullies_staff.threat >= 1\"")
            .text();
    List<String> problems =
        new PolicyLoader()
            .load("policy.yaml", text).problems().stream().map(Problem::toString).toList();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .startsWith("policy.yaml:" + lineOf(text, "wieghts") + ":1: unknown key 'wieghts'"),
        problems.get(0));
    assertTrue(
        problems
            .get(1)
            .startsWith(
                "policy.yaml:"
                    + lineOf(text, "weight: 150")
                    + ":13: criteria.pays_late.weight: is 150"),
        problems.get(1));
    assertTrue(
        problems
            .get(2)
            .startsWith(
                "policy.yaml:"
                    + lineOf(text, "bullies_staff.threat ")
                    + ":12: hard_rules[1].when:"
                    + " unknown name 'bullies_staff.threat'"),
        problems.get(2));
  }

  @Test
  void theSameBrokenConditionIsReportedWhereverItIsWritten() throws IOException {
    // Conditions are compiled once per text, beside validation; each place still gets its problem.
    String text =
        TextEdit.of(read("minimal-policy.yaml"))
            .replace("\"bullies_staff.threats >= 1\"", "\"bullies_staff.threat >= 1\"")
            .replace("\"bullies_staff.incidents >= 6\"", "\"bullies_staff.threat >= 1\"")
            .text();
    List<String> problems =
        new PolicyLoader()
            .load("policy.yaml", text).problems().stream().map(Problem::toString).toList();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains(":12: hard_rules[1].when: unknown name"), problems.get(0));
    assertTrue(problems.get(1).contains(":12: part_ways[0].when: unknown name"), problems.get(1));
  }

  private static long lineOf(String text, String part) {
    return text.substring(0, text.indexOf(part)).lines().count()
        + (text.substring(0, text.indexOf(part)).endsWith("\n") ? 1 : 0);
  }

  @Test
  void anUnknownKeyWithAMappingUnderItIsReportedAtTheKey() {
    String text =
        TextEdit.replaced(
            PolicyLoader.defaultPolicyText(),
            "  enterprise:\n    criteria:",
            "  enterprise:\n    critera:");
    long line = text.substring(0, text.indexOf("    critera:")).lines().count() + 1;
    List<String> problems =
        new PolicyLoader()
            .load("policy.yaml", text).problems().stream().map(Problem::toString).toList();
    assertEquals(
        List.of(
            "policy.yaml:"
                + line
                + ":5: segments.enterprise: unknown key 'critera' (expected one of bands,"
                + " criteria, matrix, value; did you mean 'criteria'?)"),
        problems);
  }

  @Test
  void hostileYamlIsRefusedWithoutHarm() {
    StringBuilder deep = new StringBuilder("version: 1\nreview: ");
    for (int i = 0; i < 200; i++) {
      deep.append("[");
    }
    List<Problem> problems = new PolicyLoader().load("deep.yaml", deep.toString()).problems();
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("too deeply nested"), problems.toString());

    String aliases = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n";
    assertTrue(
        new PolicyLoader()
            .load("bomb.yaml", aliases).problems().stream()
                .anyMatch(p -> p.message().contains("anchors (&name) are not allowed")));

    String huge = "name: " + "x".repeat(1_100_000);
    assertEquals(
        "huge.yaml:1:1: the file has 1100006 characters (expected at most 1000000)",
        new PolicyLoader().load("huge.yaml", huge).problems().get(0).toString());

    String tag = "!!java.net.URL [\"http://example.com\"]";
    assertTrue(new PolicyLoader().load("tag.yaml", tag).policy().isEmpty());
  }

  private static String read(String fixture) throws IOException {
    try (InputStream in = PolicyErrorsTest.class.getResourceAsStream("/policies/" + fixture)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
