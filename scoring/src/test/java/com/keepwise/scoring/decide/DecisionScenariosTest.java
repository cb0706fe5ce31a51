package com.keepwise.scoring.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One small hand-made customer per rule of the default policy's decision semantics, among a few
 * ordinary customers who set the segment's norms. Each asserts the action and the top reason.
 */
class DecisionScenariosTest {

  static final LoadedPolicy POLICY = PolicyLoader.defaultPolicy();
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  /** Ordinary customers: pay on time, a few tickets and calls, check-ins held, advice followed. */
  static ScenarioBuilder portfolio() {
    ScenarioBuilder scenario = ScenarioBuilder.asOf(AS_OF);
    for (int i = 1; i <= 6; i++) {
      String id = "N" + i;
      scenario
          .customer(id)
          .industry("software")
          .region("SE")
          .growth(GrowthPotential.MEDIUM)
          .revenue(40_000 + 5_000L * i)
          .and()
          .invoices(id, 12, 0, 0)
          .tickets(id, 4, 20, false, true)
          .calls(id, 6, false, false, 10)
          .meetings(id, 3, MeetingKind.CHECK_IN, MeetingOutcome.HELD)
          .advice(id, 2, AdviceFollowed.YES);
    }
    return scenario;
  }

  static ScenarioBuilder.CustomerSpec ordinary(ScenarioBuilder scenario, String id) {
    return scenario.customer(id).industry("software").region("SE").growth(GrowthPotential.MEDIUM);
  }

  static Assessment assess(ScenarioBuilder scenario, String id) {
    return scenario.assess(id, POLICY);
  }

  static ReasonCode top(Assessment a) {
    return a.decision().reasons().get(0).code();
  }

  @Test
  void nonPayerIsExitedWhateverTheRevenue() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(2_000_000)
        .and()
        .invoices("X", 6, 2, 40)
        .unpaidInvoice("X", 30_000, 120);
    Assessment a = assess(s, "X");
    assertEquals(Action.EXIT_NOW, a.decision().action());
    assertEquals(Optional.of("non_payment"), a.decision().rule());
    assertEquals(ReasonCode.PAYS_LATE, top(a));
  }

  @Test
  void aThreatIsExitedEvenInALongStandingRelationship() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .relationship(Relationship.LONG_STANDING)
        .and()
        .invoices("X", 12, 0, 0)
        .incident("X", IncidentKind.THREAT, 4, 30);
    Assessment a = assess(s, "X");
    assertEquals(Action.EXIT_NOW, a.decision().action());
    assertEquals(Optional.of("threat"), a.decision().rule());
    assertEquals(ReasonCode.BULLIES_STAFF, top(a));
  }

  @Test
  void repeatedPersonalAttacksAreExited() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .and()
        .invoices("X", 12, 0, 0)
        .incident("X", IncidentKind.PERSONAL_ATTACK, 3, 200)
        .incident("X", IncidentKind.PUBLIC_SHAMING, 3, 60);
    Assessment a = assess(s, "X");
    assertEquals(Action.EXIT_NOW, a.decision().action());
    assertEquals(Optional.of("repeated_abuse"), a.decision().rule());
    assertEquals(ReasonCode.BULLIES_STAFF, top(a));
  }

  @Test
  void aPatternOfRudenessIsBullying() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X").and().invoices("X", 12, 0, 0);
    for (int i = 0; i < 5; i++) {
      s.incident("X", IncidentKind.RUDENESS, 3, 20 + 40 * i);
    }
    Assessment a = assess(s, "X");
    assertEquals(Action.EXIT_NOW, a.decision().action());
    assertEquals(Optional.of("bullying"), a.decision().rule());
  }

  @Test
  void oneRudeDayIsNotAPattern() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X").and().invoices("X", 12, 0, 0).incident("X", IncidentKind.RUDENESS, 2, 40);
    Assessment a = assess(s, "X");
    assertEquals(Optional.empty(), a.decision().rule());
    assertTrue(a.decision().action().rank() <= Action.RESET_TERMS.rank(), a.decision().toString());
  }

  @Test
  void unethicalDemandsAreExited() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(500_000)
        .and()
        .invoices("X", 12, 0, 0)
        .incident("X", IncidentKind.UNETHICAL_REQUEST, 3, 50);
    Assessment a = assess(s, "X");
    assertEquals(Action.EXIT_NOW, a.decision().action());
    assertEquals(Optional.of("unethical_demands"), a.decision().rule());
    assertEquals(ReasonCode.MAKES_UNETHICAL_REQUESTS, top(a));
  }

  @Test
  void highTouchLowProfitCustomerIsKeptOnOurTerms() {
    // 000 #1: high-touch, low-profit, yet still paying their way and with no other problem: keep
    // them on your terms (service tiers, one contact process), don't fire them proactively.
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(6_000)
        .and()
        .invoices("X", 12, 0, 0)
        .tickets("X", 10, 200, false, true)
        .calls("X", 5, false, false, 60);
    Assessment a = assess(s, "X");
    assertEquals(Action.RESET_TERMS, a.decision().action(), a.steps().toString());
    assertEquals(ReasonCode.NEEDS_HIGH_TOUCH, top(a));
  }

  @Test
  void goalPostMoverWhoEscalatesIsKeptOnOurTerms() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(20_000)
        .and()
        .invoices("X", 12, 0, 0)
        .requests("X", 5, RequestKind.SCOPE_CHANGE, false, 0)
        .calls("X", 4, false, true, 10);
    Assessment a = assess(s, "X");
    assertEquals(Action.RESET_TERMS, a.decision().action(), a.steps().toString());
    assertEquals(ReasonCode.MOVES_GOAL_POSTS, top(a));
  }

  @Test
  void severalProblemsAndLittleValueAreReferredElsewhere() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(5_000)
        .growth(GrowthPotential.LOW)
        .since(AS_OF.minusYears(1))
        .and()
        .invoices("X", 12, 0, 0)
        .tickets("X", 10, 10, true, true)
        .incident("X", IncidentKind.DISHONESTY, 3, 60)
        .incident("X", IncidentKind.DISHONESTY, 3, 120);
    Assessment a = assess(s, "X");
    assertEquals(Action.REFER_ELSEWHERE, a.decision().action(), a.steps().toString());
    assertTrue(a.steps().stream().anyMatch(step -> step.kind() == Step.Kind.SEVERAL_PROBLEMS));
    assertEquals(ReasonCode.ACTS_DISHONESTLY, top(a));
  }

  @Test
  void outsideProfileButOtherwiseFineIsKept() {
    ScenarioBuilder s = portfolio();
    s.customer("X")
        .industry("mining")
        .region("US")
        .tier("legacy")
        .growth(GrowthPotential.NONE)
        .and()
        .invoices("X", 12, 0, 0);
    Assessment a = assess(s, "X");
    assertEquals(Action.KEEP, a.decision().action(), a.steps().toString());
    assertTrue(a.decision().reasonCodes().contains(ReasonCode.FALLS_OUTSIDE_PROFILE));
  }

  @Test
  void longStandingCustomerWithProblemsIsWatched() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(10_000)
        .relationship(Relationship.LONG_STANDING)
        .since(LocalDate.of(2009, 3, 1))
        .and()
        .invoices("X", 12, 5, 30)
        .meetings("X", 3, MeetingKind.CHECK_IN, MeetingOutcome.NO_SHOW);
    Assessment a = assess(s, "X");
    assertEquals(Action.WATCH, a.decision().action(), a.steps().toString());
    assertEquals(ReasonCode.PAYS_LATE, top(a));
    assertTrue(a.decision().reasonCodes().contains(ReasonCode.LONG_STANDING_RELATIONSHIP));
  }

  @Test
  void personalRelationshipIsWatched() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(10_000)
        .relationship(Relationship.PERSONAL)
        .and()
        .invoices("X", 12, 5, 30)
        .meetings("X", 3, MeetingKind.CHECK_IN, MeetingOutcome.NO_SHOW);
    Assessment a = assess(s, "X");
    assertEquals(Action.WATCH, a.decision().action(), a.steps().toString());
    assertTrue(a.decision().reasonCodes().contains(ReasonCode.PERSONAL_RELATIONSHIP));
  }

  @Test
  void improvingCustomerIsWatched() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X").revenue(10_000).and().invoices("X", 12, 0, 0);
    for (int i = 0; i < 6; i++) {
      s.incident("X", IncidentKind.AGGRESSIVE_ACCUSATION, 1, 200 + 20 * i);
    }
    // Nothing in the last six months: the situation has changed (002: don't give up on them yet).
    Assessment a = assess(s, "X");
    assertEquals(Action.WATCH, a.decision().action(), a.steps().toString());
    assertTrue(a.decision().reasonCodes().contains(ReasonCode.IMPROVING_TREND));
    // One more problem, even a small one, recently: no longer improving, and the pattern decides.
    s.requests("X", 1, RequestKind.DISCOUNT, false, 0);
    assertEquals(Action.REFER_ELSEWHERE, assess(s, "X").decision().action());
  }

  @Test
  void highProfileCustomerIsWatchedUnlessTheyComplainInPublic() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(10_000)
        .highProfile()
        .and()
        .invoices("X", 12, 5, 30)
        .meetings("X", 3, MeetingKind.CHECK_IN, MeetingOutcome.NO_SHOW);
    ordinary(s, "Y")
        .revenue(10_000)
        .highProfile()
        .and()
        .invoices("Y", 12, 5, 30)
        .meetings("Y", 3, MeetingKind.CHECK_IN, MeetingOutcome.NO_SHOW)
        .negativeReviews("Y", 3, ReviewChannel.SOCIAL);
    Assessment x = assess(s, "X");
    assertEquals(Action.WATCH, x.decision().action(), x.steps().toString());
    assertTrue(x.decision().reasonCodes().contains(ReasonCode.REPUTATION_AT_STAKE));
    Assessment y = assess(s, "Y");
    assertTrue(y.decision().action().rank() > Action.WATCH.rank(), y.steps().toString());
    assertTrue(!y.decision().reasonCodes().contains(ReasonCode.REPUTATION_AT_STAKE));
  }

  @Test
  void bestCustomerIsNurtured() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "X")
        .revenue(120_000)
        .growth(GrowthPotential.HIGH)
        .since(LocalDate.of(2015, 1, 1))
        .and()
        .invoices("X", 12, 0, 0)
        .referrals("X", 2, true, 30_000)
        .advice("X", 3, AdviceFollowed.YES)
        .meetings("X", 4, MeetingKind.CHECK_IN, MeetingOutcome.HELD);
    Assessment a = assess(s, "X");
    assertEquals(Action.NURTURE, a.decision().action(), a.steps().toString());
    assertEquals(ReasonCode.Kind.VALUE, top(a).kind());
  }

  @Test
  void noEvidenceIsNotBadEvidence() {
    ScenarioBuilder s =
        ScenarioBuilder.asOf(AS_OF)
            .customer("X")
            .and()
            .without(SourceFile.REFERRALS)
            .without(SourceFile.MEETINGS)
            .without(SourceFile.ADVICE);
    Assessment a = assess(s, "X");
    assertEquals(0.0, a.decision().risk().value());
    assertEquals(Action.KEEP, a.decision().action());
  }

  @Test
  void publicComplainerFollowsTheMozCurve() {
    ScenarioBuilder s = portfolio();
    ordinary(s, "ONE")
        .and()
        .invoices("ONE", 12, 0, 0)
        .negativeReviews("ONE", 1, ReviewChannel.REVIEW_SITE);
    ordinary(s, "FOUR")
        .and()
        .invoices("FOUR", 12, 0, 0)
        .negativeReviews("FOUR", 4, ReviewChannel.SOCIAL);
    double one = severity(assess(s, "ONE"), "complains_publicly");
    double four = severity(assess(s, "FOUR"), "complains_publicly");
    assertEquals(0.31, one, 1e-9);
    assertEquals(1.0, four, 1e-9);
  }

  static double severity(Assessment a, String criterion) {
    return a.risk().stream()
        .filter(w -> w.criterion().id().equals(criterion))
        .findFirst()
        .orElseThrow()
        .severity();
  }
}
