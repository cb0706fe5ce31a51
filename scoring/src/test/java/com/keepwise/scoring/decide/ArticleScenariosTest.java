package com.keepwise.scoring.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.scoring.explain.PhraseRenderer;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the default policy's decisions against the articles' own words, as a reader of them
 * would sign them. Each test names the article it comes from (../shared/seeds/000–004) and asserts
 * the decision the article allows, not the policy's numbers.
 */
class ArticleScenariosTest {

  static final LoadedPolicy POLICY = PolicyLoader.defaultPolicy();
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  static final PhraseRenderer ENGLISH = PhraseRenderer.english(Currency.getInstance("EUR"));

  /**
   * Ordinary customers who set the segment's norms: pay on time, a few tickets and calls, check-ins
   * held.
   */
  static ScenarioBuilder portfolio() {
    return DecisionScenariosTest.portfolio();
  }

  static ScenarioBuilder.CustomerSpec ordinary(ScenarioBuilder scenario, String id) {
    return DecisionScenariosTest.ordinary(scenario, id);
  }

  static Assessment assess(ScenarioBuilder s, String id) {
    return s.assess(id, POLICY);
  }

  static boolean steps(Assessment a, Step.Kind kind, String subject) {
    return a.steps().stream()
        .anyMatch(step -> step.kind() == kind && step.subject().equals(subject));
  }

  // 1. "Customers who present more than one of the problems should be the first you refer
  //    elsewhere, quickly and tactfully" (002): this wins over "keep them on your terms" (000).

  @Test
  void referElsewhere_severalFixableProblemsLittleValue_002() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(4_000)
        .growth(GrowthPotential.LOW)
        .and()
        .invoices("X", 12, 0, 0)
        .requests("X", 4, RequestKind.SCOPE_CHANGE, false, 0)
        .requests("X", 4, RequestKind.EXTRA_REVISION, false, 0)
        .requests("X", 3, RequestKind.DISCOUNT, true, 400)
        .calls("X", 4, false, true, 20)
        .tickets("X", 12, 60, false, true);
    Assessment a = assess(s, "X");
    assertEquals(Action.REFER_ELSEWHERE, a.decision().action(), a.steps().toString());
    assertEquals(Optional.empty(), a.decision().rule());
    assertTrue(
        a.steps().stream().anyMatch(step -> step.kind() == Step.Kind.SEVERAL_PROBLEMS),
        a.steps().toString());
  }

  @Test
  void referElsewhere_freeTrialThenAnotherDiscountWithinThreeMonths_003() {
    // 003: a small client who haggled, got a free trial meant for large long-term clients, and
    // within
    // three months called for another discount: "we suggested he move to a firm with lower prices".
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(3_000)
        .growth(GrowthPotential.LOW)
        .since(AS_OF.minusMonths(4))
        .and()
        .invoices("X", 3, 0, 0)
        .requests("X", 1, RequestKind.FREE_WORK, true, 1_500)
        .requests("X", 3, RequestKind.DISCOUNT, false, 0)
        .tickets("X", 8, 45, false, true);
    Assessment a = assess(s, "X");
    assertTrue(a.decision().action().rank() >= Action.REFER_ELSEWHERE.rank(), a.steps().toString());
    assertTrue(
        a.decision().reasonCodes().contains(ReasonCode.HAGGLES),
        a.decision().reasonCodes().toString());
  }

  // 2. Unprofitable means unprofitable (002 #5, 003).

  @Test
  void partWays_costsMoreToServeThanTheyBring_002_5_003() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X").revenue(4_000).and().invoices("X", 12, 0, 0).tickets("X", 30, 60, false, true);
    Assessment a = assess(s, "X");
    assertTrue(a.decision().action().rank() >= Action.REFER_ELSEWHERE.rank(), a.steps().toString());
    assertTrue(steps(a, Step.Kind.PART_WAYS, "unprofitable"), a.steps().toString());
    assertTrue(a.decision().reasonCodes().contains(ReasonCode.IS_UNPROFITABLE));
  }

  @Test
  void establishedRelationship_minorConcessionsAreFine_003() {
    // 003: "this does not mean you should not make minor concessions ... with clients you have an
    // established relationship with"; 002: you don't just let go of long-standing customers.
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(4_000)
        .since(AS_OF.minusYears(15))
        .and()
        .invoices("X", 12, 0, 0)
        .tickets("X", 30, 60, false, true);
    Assessment a = assess(s, "X");
    assertEquals(Action.WATCH, a.decision().action(), a.steps().toString());
    assertTrue(a.decision().reasonCodes().contains(ReasonCode.LONG_STANDING_RELATIONSHIP));
  }

  // 3. Tenure protects, even without a relationship column (002).

  @Test
  void patience_twentyYearCustomerWithOneNewProblem_002() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "PLAIN")
        .revenue(20_000)
        .since(AS_OF.minusYears(20))
        .and()
        .invoices("PLAIN", 12, 6, 45);
    ordinary(s, "FLAGGED")
        .revenue(20_000)
        .since(AS_OF.minusYears(20))
        .relationship(Relationship.LONG_STANDING)
        .and()
        .invoices("FLAGGED", 12, 6, 45);
    ordinary(s, "NEW").revenue(20_000).since(AS_OF.minusYears(2)).and().invoices("NEW", 12, 6, 45);
    Assessment plain = assess(s, "PLAIN");
    Assessment flagged = assess(s, "FLAGGED");
    assertTrue(plain.decision().action().rank() <= Action.WATCH.rank(), plain.steps().toString());
    assertEquals(
        flagged.decision().action(),
        plain.decision().action(),
        "the optional column changes nothing");
    assertTrue(plain.decision().reasonCodes().contains(ReasonCode.LONG_STANDING_RELATIONSHIP));
    assertTrue(
        assess(s, "NEW").decision().action().rank() > Action.WATCH.rank(),
        "two years is not long-standing");
  }

  @Test
  void patienceHasLimits_aThreatIsAnExitEvenAfterTwentyYears_004_7() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .since(AS_OF.minusYears(20))
        .and()
        .invoices("X", 12, 0, 0)
        .incident("X", IncidentKind.THREAT, 4, 30);
    assertEquals(Action.EXIT_NOW, assess(s, "X").decision().action());
  }

  // 4. New customers get time (004 #4), and one missed meeting is not a pattern (004 #5).

  @Test
  void newCustomer_threeMonthsWithoutACheckInHasNotRefusedAny_004_4() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .since(AS_OF.minusMonths(3))
        .and()
        .invoices("X", 3, 0, 0)
        .meetings("X", 1, MeetingKind.ONBOARDING, MeetingOutcome.HELD)
        .meetings("X", 1, MeetingKind.OTHER, MeetingOutcome.CANCELLED);
    Assessment a = assess(s, "X");
    assertEquals(0.0, DecisionScenariosTest.severity(a, "refuses_check_ins"), a.risk().toString());
    assertFalse(a.decision().reasonCodes().contains(ReasonCode.REFUSES_CHECK_INS));
  }

  @Test
  void newCustomer_settlingInNeedsMoreAttention_004_4() {
    // Twelve calls and tickets in their first two months: more than an established customer, as
    // newer customers reasonably need; not a "psycho dialer" (003).
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .since(AS_OF.minusMonths(2))
        .and()
        .invoices("X", 2, 0, 0)
        .calls("X", 6, false, false, 15)
        .tickets("X", 3, 20, false, true);
    Assessment a = assess(s, "X");
    assertEquals(Action.KEEP, a.decision().action(), a.steps().toString());
    assertFalse(
        a.decision().reasonCodes().contains(ReasonCode.OVER_COMMUNICATES),
        a.decision().reasons().toString());
  }

  @Test
  void oneMissedMeetingIsNotAPattern_004_5() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .and()
        .invoices("X", 12, 0, 0)
        .meetings("X", 1, MeetingKind.CHECK_IN, MeetingOutcome.NO_SHOW);
    Assessment a = assess(s, "X");
    assertEquals(Action.KEEP, a.decision().action(), a.steps().toString());
    assertFalse(a.decision().reasonCodes().contains(ReasonCode.REFUSES_CHECK_INS));
    assertFalse(a.decision().reasonCodes().contains(ReasonCode.MISSES_MEETINGS));
  }

  @Test
  void aPatternOfAbsence_isStillSeen_004_5() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .and()
        .invoices("X", 12, 0, 0)
        .meetings("X", 5, MeetingKind.CHECK_IN, MeetingOutcome.NO_SHOW);
    assertTrue(assess(s, "X").decision().reasonCodes().contains(ReasonCode.MISSES_MEETINGS));
  }

  // 5. Consistent rudeness to staff is a pattern to part ways over (000 #2, 002 #2, 003).

  @Test
  void partWays_fourRudeEpisodesInAYear_002_2() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X").revenue(60_000).and().invoices("X", 12, 0, 0);
    for (int i = 0; i < 4; i++) {
      s.incident("X", IncidentKind.RUDENESS, 3, 20 + 90 * i);
    }
    Assessment a = assess(s, "X");
    assertTrue(
        a.decision().action() == Action.REFER_ELSEWHERE || a.decision().action() == Action.EXIT_NOW,
        a.steps().toString());
    assertEquals(ReasonCode.BULLIES_STAFF, a.decision().reasons().get(0).code());
  }

  @Test
  void partWays_sixMildRudeEpisodes_003() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X").revenue(60_000).and().invoices("X", 12, 0, 0);
    for (int i = 0; i < 6; i++) {
      s.incident("X", IncidentKind.RUDENESS, 1, 15 + 55 * i);
    }
    Assessment a = assess(s, "X");
    assertTrue(a.decision().action().rank() >= Action.REFER_ELSEWHERE.rank(), a.steps().toString());
  }

  @Test
  void oneBadDayIsNotAPattern_004_7() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(60_000)
        .and()
        .invoices("X", 12, 0, 0)
        .incident("X", IncidentKind.RUDENESS, 3, 40);
    assertTrue(assess(s, "X").decision().action().rank() <= Action.WATCH.rank());
  }

  @Test
  void aPersonalRelationshipBuysTimeOnce_notIndefinitely_002() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "ONCE")
        .revenue(60_000)
        .relationship(Relationship.PERSONAL)
        .and()
        .invoices("ONCE", 12, 0, 0);
    ordinary(s, "AGAIN")
        .revenue(60_000)
        .relationship(Relationship.PERSONAL)
        .and()
        .invoices("AGAIN", 12, 0, 0);
    for (int i = 0; i < 4; i++) {
      s.incident("ONCE", IncidentKind.RUDENESS, 3, 10 + 35 * i); // all in the recent months
      s.incident("AGAIN", IncidentKind.RUDENESS, 3, 20 + 100 * i); // before and since
    }
    assertEquals(
        Action.WATCH, assess(s, "ONCE").decision().action(), assess(s, "ONCE").steps().toString());
    assertTrue(
        assess(s, "AGAIN").decision().action().rank() >= Action.REFER_ELSEWHERE.rank(),
        assess(s, "AGAIN").steps().toString());
  }

  // 6. Worse never reads better: one more old incident never switches on "improving".

  @Test
  void oneMoreOldIncidentNeverSoftensTheAction_002() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(10_000)
        .and()
        .invoices("X", 12, 0, 0)
        .requests("X", 1, RequestKind.DISCOUNT, false, 0);
    for (int i = 0; i < 3; i++) {
      s.incident("X", IncidentKind.AGGRESSIVE_ACCUSATION, 2, 200 + 20 * i);
    }
    Action before = assess(s, "X").decision().action();
    s.incident("X", IncidentKind.RUDENESS, 2, 330);
    Assessment after = assess(s, "X");
    assertTrue(after.decision().action().rank() >= before.rank(), before + " → " + after.steps());
    assertFalse(after.improving());
  }

  // 7. Lateness has a size (004 #1): a week late is not sixty days late, and unpaid is unpaid.

  @Test
  void aWeekLate_longStandingHighValue_isNotCriticalRisk_004_1() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "WEEK")
        .revenue(150_000)
        .since(AS_OF.minusYears(12))
        .and()
        .invoices("WEEK", 12, 8, 10);
    ordinary(s, "MONTHS").revenue(150_000).and().invoices("MONTHS", 12, 8, 60);
    Assessment week = assess(s, "WEEK");
    Assessment months = assess(s, "MONTHS");
    assertTrue(
        week.riskBand().ordinal() < com.keepwise.scoring.policy.RiskBand.CRITICAL.ordinal(),
        week.toString());
    assertTrue(week.decision().action().rank() <= Action.WATCH.rank(), week.steps().toString());
    assertTrue(
        DecisionScenariosTest.severity(months, "pays_late")
            > DecisionScenariosTest.severity(week, "pays_late"));
  }

  @Test
  void unpaidIsSaidAsUnpaid_neverAsPaidLate_004_1() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .and()
        .invoices("X", 9, 0, 0)
        .unpaidInvoice("X", 25_000, 120)
        .unpaidInvoice("X", 25_000, 100)
        .unpaidInvoice("X", 25_000, 60);
    Assessment a = assess(s, "X");
    Reason late =
        a.decision().reasons().stream()
            .filter(r -> r.code() == ReasonCode.PAYS_LATE)
            .findFirst()
            .orElseThrow();
    String said = ENGLISH.say(late.fact());
    assertTrue(said.startsWith("3 invoices unpaid, 75,000"), said);
    assertTrue(said.contains("120 days"), said);
    assertFalse(said.contains("paid late"), said);
  }

  // 8. Reasons that say nothing are not reasons; explain's arithmetic adds up.

  @Test
  void aFactorWorthNothingIsNotAReason_andLowPotentialIsNotNoPotential_002_3() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X").revenue(1_000).growth(GrowthPotential.LOW).and().invoices("X", 12, 0, 0);
    Assessment a = assess(s, "X");
    for (Reason reason : a.decision().reasons()) {
      assertTrue(
          reason.code().kind() == ReasonCode.Kind.PROTECTION
              || Math.round(reason.points() * 10) > 0,
          reason.toString());
    }
    assertFalse(ENGLISH.word(ReasonCode.HAS_NO_GROWTH_POTENTIAL.messageKey()).startsWith("No "));
  }

  @Test
  void pointsAreSeverityTimesWeightTimesTheScale() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(12_000)
        .and()
        .invoices("X", 12, 5, 30)
        .tickets("X", 10, 60, true, true);
    Assessment a = assess(s, "X");
    for (WeighedCriterion w : a.risk()) {
      assertEquals(w.severity() * w.weight() * a.riskScale(), w.points(), 1e-9, w.toString());
    }
    for (WeighedCriterion w : a.value()) {
      double expected = w.measurement().measured() ? w.severity() * w.weight() * a.valueScale() : 0;
      assertEquals(expected, w.points(), 1e-9, w.toString());
    }
  }
}
