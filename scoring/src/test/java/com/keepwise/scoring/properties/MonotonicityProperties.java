package com.keepwise.scoring.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Advice;
import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.domain.signal.Channel;
import com.keepwise.domain.signal.Direction;
import com.keepwise.domain.signal.Incident;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.Interaction;
import com.keepwise.domain.signal.Invoice;
import com.keepwise.domain.signal.Meeting;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.Request;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.domain.signal.Review;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.domain.signal.Signal;
import com.keepwise.domain.signal.Ticket;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Worse never reads better (issue 16 #6): one more problem event of any kind, recent or old, never
 * makes a customer's action milder or their risk lower; more revenue never makes the action harsher
 * unless a hard rule decides. Over random portfolios from {@link RandomScenarios}; a failure names
 * its seed, and {@code @Seed(n)} on the test replays it.
 */
@ExtendWith(InstancioExtension.class)
class MonotonicityProperties {

  static final LoadedPolicy POLICY = PolicyLoader.defaultPolicy();
  static final LocalDate AS_OF = RandomScenarios.AS_OF;

  /**
   * Ages in days: both parts of the twelve-month window (the recent part is the last six months).
   */
  static final int[] AGES = {3, 40, 120, 175, 190, 260, 350};

  /** One problem event of a kind, for a customer, this many days before the review date. */
  record Kind(String name, BiFunction<String, Integer, Signal> event) {}

  static final List<Kind> KINDS = kinds();

  @RepeatedTest(12)
  void oneMoreProblemEventNeverMakesTheActionMilderOrTheRiskLower(
      @Given(RandomScenarios.class) ScenarioBuilder scenario,
      @Given(SeededRandom.class) Random random) {
    String id = "C" + random.intRange(0, scenario.customers().size() - 1);
    Decision before = scenario.assess(id, POLICY).decision();
    List<String> violations = new ArrayList<>();
    for (Kind kind : KINDS) {
      for (int age : AGES) {
        ScenarioBuilder worse = scenario.copy().add(kind.event().apply(id, age));
        Assessment after = worse.assess(id, POLICY);
        Decision d = after.decision();
        if (d.action().rank() < before.action().rank()) {
          violations.add(
              kind.name()
                  + " "
                  + age
                  + " days ago: "
                  + before.action()
                  + " → "
                  + d.action()
                  + " "
                  + after.steps());
        }
        if (d.risk().value() < before.risk().value()) {
          violations.add(
              kind.name() + " " + age + " days ago: risk " + before.risk() + " → " + d.risk());
        }
      }
    }
    assertTrue(
        violations.isEmpty(),
        id + " (" + before.action() + ", risk " + before.risk() + "): " + violations);
  }

  @RepeatedTest(12)
  void moreRevenueNeverMakesTheActionHarsherUnlessAHardRuleDecides(
      @Given(RandomScenarios.class) ScenarioBuilder scenario,
      @Given(SeededRandom.class) Random random) {
    String id = "C" + random.intRange(0, scenario.customers().size() - 1);
    long revenue =
        (long)
            scenario.customers().stream()
                .filter(c -> c.id().value().equals(id))
                .findFirst()
                .orElseThrow()
                .annualRevenue()
                .toDouble();
    Decision before = scenario.assess(id, POLICY).decision();
    for (long more : new long[] {1_000, 20_000, 150_000, 2_000_000}) {
      Assessment after = scenario.copy().revenue(id, revenue + more).assess(id, POLICY);
      Decision d = after.decision();
      assertTrue(
          d.rule().isPresent() || d.action().rank() <= before.action().rank(),
          id
              + " with "
              + more
              + " more revenue: "
              + before.action()
              + " → "
              + d.action()
              + " "
              + after.steps());
    }
  }

  private static List<Kind> kinds() {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(
        new Kind(
            "invoice paid 30 days late",
            (id, age) -> {
              LocalDate due = AS_OF.minusDays(age);
              LocalDate paid = due.plusDays(30).isAfter(AS_OF) ? AS_OF : due.plusDays(30);
              return new Invoice(
                  "MI" + age,
                  CustomerId.of(id),
                  due.minusDays(30),
                  due,
                  Money.of(1_000),
                  Optional.of(paid),
                  Optional.empty());
            }));
    kinds.add(
        new Kind(
            "invoice unpaid",
            (id, age) -> {
              LocalDate due = AS_OF.minusDays(age);
              return new Invoice(
                  "MU" + age,
                  CustomerId.of(id),
                  due.minusDays(30),
                  due,
                  Money.of(2_000),
                  Optional.empty(),
                  Optional.empty());
            }));
    for (IncidentKind incident : IncidentKind.values()) {
      kinds.add(
          new Kind(
              "incident " + incident.code(),
              (id, age) ->
                  new Incident(
                      "MX" + age,
                      CustomerId.of(id),
                      AS_OF.minusDays(age),
                      incident,
                      3,
                      Optional.empty(),
                      Optional.empty())));
    }
    kinds.add(new Kind("trivial ticket", (id, age) -> ticket(id, age, true, true)));
    kinds.add(new Kind("out-of-scope ticket", (id, age) -> ticket(id, age, false, false)));
    kinds.add(new Kind("ticket", (id, age) -> ticket(id, age, false, true)));
    kinds.add(new Kind("call after hours", (id, age) -> call(id, age, 23, false)));
    kinds.add(new Kind("escalated call", (id, age) -> call(id, age, 10, true)));
    kinds.add(new Kind("call", (id, age) -> call(id, age, 10, false)));
    for (MeetingOutcome outcome :
        List.of(MeetingOutcome.NO_SHOW, MeetingOutcome.CANCELLED_LATE, MeetingOutcome.DECLINED)) {
      kinds.add(
          new Kind(
              "meeting " + outcome.code(),
              (id, age) -> {
                var at = AS_OF.minusDays(age).atTime(LocalTime.of(14, 0)).toInstant(ZoneOffset.UTC);
                return new Meeting(
                    "MM" + age,
                    CustomerId.of(id),
                    at,
                    AS_OF.minusDays(age),
                    MeetingKind.CHECK_IN,
                    outcome);
              }));
    }
    for (RequestKind request : RequestKind.values()) {
      kinds.add(
          new Kind(
              "request " + request.code(),
              (id, age) ->
                  new Request(
                      "MR" + age,
                      CustomerId.of(id),
                      AS_OF.minusDays(age),
                      request,
                      false,
                      Optional.of(true),
                      Optional.of(Money.of(500)))));
    }
    kinds.add(
        new Kind(
            "negative review",
            (id, age) ->
                new Review(
                    "MV" + age,
                    CustomerId.of(id),
                    AS_OF.minusDays(age),
                    ReviewChannel.SOCIAL,
                    OptionalInt.of(1),
                    true,
                    Optional.empty())));
    kinds.add(
        new Kind(
            "advice ignored",
            (id, age) ->
                new Advice(
                    "MA" + age,
                    CustomerId.of(id),
                    AS_OF.minusDays(age),
                    Optional.empty(),
                    AdviceFollowed.NO)));
    return List.copyOf(kinds);
  }

  private static Ticket ticket(String id, int age, boolean trivial, boolean inScope) {
    var opened = AS_OF.minusDays(age).atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC);
    return Ticket.builder("MT" + age, CustomerId.of(id), opened, AS_OF.minusDays(age))
        .trivial(trivial)
        .inScope(inScope)
        .minutesSpent(OptionalDouble.of(45))
        .build();
  }

  private static Interaction call(String id, int age, int hour, boolean escalated) {
    var at = AS_OF.minusDays(age).atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    return Interaction.builder(
            "MC" + age,
            CustomerId.of(id),
            at,
            AS_OF.minusDays(age),
            Channel.CALL,
            Direction.INBOUND)
        .minutes(OptionalDouble.of(20))
        .escalated(escalated)
        .build();
  }
}
