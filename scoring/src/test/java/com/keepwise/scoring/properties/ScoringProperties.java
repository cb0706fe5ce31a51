package com.keepwise.scoring.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.Signal;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.WeighedCriterion;
import com.keepwise.scoring.policy.CriterionWeight;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.instancio.support.DefaultRandom;
import org.instancio.support.Seeds;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scoring's invariants over random portfolios. A failure names its seed; {@code @Seed(n)} on
 * the test replays it.
 */
@ExtendWith(InstancioExtension.class)
class ScoringProperties {

  static final LoadedPolicy POLICY = PolicyLoader.defaultPolicy();

  @RepeatedTest(60)
  void scoresStayWithinBounds(@Given(RandomScenarios.class) ScenarioBuilder scenario) {
    for (Assessment a : scenario.assessAll(POLICY)) {
      double risk = a.decision().risk().value();
      double value = a.decision().value().value();
      assertTrue(risk >= 0 && risk <= 100, "risk " + risk);
      assertTrue(value >= 0 && value <= 100, "value " + value);
      for (WeighedCriterion w : concat(a.risk(), a.value())) {
        assertTrue(w.severity() >= 0 && w.severity() <= 1, w.toString());
        assertTrue(w.points() >= 0, w.toString());
      }
    }
  }

  @RepeatedTest(30)
  void sameInputGivesTheSameDecisions(@Given(RandomScenarios.class) ScenarioBuilder scenario) {
    assertEquals(decisions(scenario.assessAll(POLICY)), decisions(scenario.assessAll(POLICY)));
  }

  @RepeatedTest(30)
  void theOrderOfEventsDoesNotMatter(
      @Given(RandomScenarios.class) ScenarioBuilder scenario,
      @Given(SeededRandom.class) Random random) {
    List<Signal> shuffled = new ArrayList<>(scenario.signals());
    Collections.shuffle(shuffled, new java.util.Random(random.getSeed()));
    List<Decision> inOrder = decisions(scenario.assessAll(POLICY));
    List<Decision> reordered = decisions(scenario.assessAll(POLICY, shuffled));
    assertEquals(withoutLines(inOrder), withoutLines(reordered));
  }

  @RepeatedTest(30)
  void oneMoreLateInvoiceNeverLowersRisk(
      @Given(RandomScenarios.class) ScenarioBuilder scenario,
      @Given(SeededRandom.class) Random random) {
    String id = someCustomer(scenario, random);
    double before = riskOf(scenario, id);
    scenario.invoices(id, 1, 1, random.intRange(8, 120));
    assertTrue(riskOf(scenario, id) >= before);
  }

  @RepeatedTest(30)
  void oneMoreAbusiveIncidentNeverLowersRisk(
      @Given(RandomScenarios.class) ScenarioBuilder scenario,
      @Given(SeededRandom.class) Random random) {
    String id = someCustomer(scenario, random);
    double before = riskOf(scenario, id);
    scenario.incident(
        id,
        random.oneOf(
            IncidentKind.PERSONAL_ATTACK,
            IncidentKind.THREAT,
            IncidentKind.PUBLIC_SHAMING,
            IncidentKind.AGGRESSIVE_ACCUSATION,
            IncidentKind.RUDENESS),
        random.intRange(1, 5),
        random.intRange(1, 360));
    assertTrue(riskOf(scenario, id) >= before);
  }

  @RepeatedTest(30)
  void oneMoreNoShowNeverLowersRisk(
      @Given(RandomScenarios.class) ScenarioBuilder scenario,
      @Given(SeededRandom.class) Random random) {
    String id = someCustomer(scenario, random);
    double before = riskOf(scenario, id);
    scenario.meetings(id, 1, random.oneOf(MeetingKind.values()), MeetingOutcome.NO_SHOW);
    assertTrue(riskOf(scenario, id) >= before);
  }

  @RepeatedTest(30)
  void oneMoreConvertedReferralNeverLowersValue(
      @Given(RandomScenarios.class) ScenarioBuilder scenario,
      @Given(SeededRandom.class) Random random) {
    String id = someCustomer(scenario, random);
    double before = valueOf(scenario, id);
    scenario.referrals(id, 1, true, random.intRange(0, 50_000));
    assertTrue(valueOf(scenario, id) >= before);
  }

  @RepeatedTest(20)
  void scalingAllWeightsChangesNoDecision(
      @Given(RandomScenarios.class) ScenarioBuilder scenario,
      @Given(SeededRandom.class) Random random) {
    double factor = random.oneOf(0.5, 3.0, 7.25);
    LoadedPolicy scaled = scaled(POLICY, factor);
    List<Decision> base = scenario.assessAll(POLICY).stream().map(Assessment::decision).toList();
    List<Decision> other = scenario.assessAll(scaled).stream().map(Assessment::decision).toList();
    for (int i = 0; i < base.size(); i++) {
      assertEquals(base.get(i).action(), other.get(i).action());
      assertEquals(base.get(i).rule(), other.get(i).rule());
      assertEquals(base.get(i).reasonCodes(), other.get(i).reasonCodes());
    }
  }

  @RepeatedTest(30)
  void aHardRuleAlwaysWinsOverRevenue(
      @Given(RandomScenarios.class) ScenarioBuilder scenario,
      @Given(SeededRandom.class) Random random) {
    String id = someCustomer(scenario, random);
    scenario.incident(id, IncidentKind.THREAT, random.intRange(1, 5), random.intRange(1, 300));
    Assessment a = scenario.assess(id, POLICY);
    assertEquals(Action.EXIT_NOW, a.decision().action());
  }

  @Test
  void theGeneratorsReachEveryAction() {
    Set<Action> seen = EnumSet.noneOf(Action.class);
    for (long seed = 1; seed <= 40 && seen.size() < Action.values().length; seed++) {
      RandomScenarios.generate(new DefaultRandom(seed, Seeds.Source.MANUAL))
          .assessAll(POLICY)
          .forEach(a -> seen.add(a.decision().action()));
    }
    assertEquals(EnumSet.allOf(Action.class), seen);
  }

  private static String someCustomer(ScenarioBuilder scenario, Random random) {
    return random.oneOf(scenario.customers()).id().value();
  }

  private static double riskOf(ScenarioBuilder scenario, String id) {
    return scenario.assess(id, POLICY).decision().risk().value();
  }

  private static double valueOf(ScenarioBuilder scenario, String id) {
    return scenario.assess(id, POLICY).decision().value().value();
  }

  private static List<Decision> decisions(List<Assessment> assessments) {
    return assessments.stream().map(Assessment::decision).toList();
  }

  /** Decisions without evidence line numbers, which shuffling the rows changes by definition. */
  private static List<String> withoutLines(List<Decision> decisions) {
    return decisions.stream()
        .map(
            d ->
                d.customerId()
                    + " "
                    + d.action()
                    + " "
                    + d.risk()
                    + " "
                    + d.value()
                    + " "
                    + d.rule()
                    + " "
                    + d.reasons().stream()
                        .map(
                            r ->
                                r.code()
                                    + ":"
                                    + r.points()
                                    + ":"
                                    + r.fact()
                                    + ":"
                                    + r.evidence().stream()
                                        .map(e -> e.file() + "@" + e.day())
                                        .toList())
                        .toList())
        .toList();
  }

  private static List<WeighedCriterion> concat(List<WeighedCriterion> a, List<WeighedCriterion> b) {
    List<WeighedCriterion> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The same policy with every weight, risk and value, multiplied by {@code factor}. */
  static LoadedPolicy scaled(LoadedPolicy loaded, double factor) {
    Policy p = loaded.policy();
    Policy scaled =
        new Policy(
            p.version(),
            p.name(),
            p.review(),
            p.businessHours(),
            p.costModel(),
            p.idealCustomerProfile(),
            p.newCustomers(),
            scale(p.criteria(), factor),
            scale(p.value(), factor),
            p.fullRiskShare(),
            p.problemSeverity(),
            p.bands(),
            p.matrix(),
            p.hardRules(),
            p.severalProblems(),
            p.problemCaps(),
            p.partWays(),
            p.longStandingYears(),
            p.protections(),
            p.trend(),
            p.segments());
    return new LoadedPolicy(loaded.source(), loaded.text(), scaled, loaded.conditions());
  }

  private static Map<String, CriterionWeight> scale(
      Map<String, CriterionWeight> weights, double factor) {
    Map<String, CriterionWeight> scaled = new LinkedHashMap<>();
    weights.forEach(
        (id, w) -> scaled.put(id, new CriterionWeight(w.weight() * factor, w.thresholds())));
    return scaled;
  }
}
