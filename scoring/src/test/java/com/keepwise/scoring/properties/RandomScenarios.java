package com.keepwise.scoring.properties;

import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import java.time.LocalDate;
import org.instancio.Random;
import org.instancio.junit.GivenProvider;

/**
 * Random portfolios for property tests: a few to a few dozen customers, each an ordinary customer
 * with zero to three behaviours of the catalog combined at random intensities. Built by combining
 * parts, never by filtering, from Instancio's seeded random, so a failing seed reproduces.
 */
public final class RandomScenarios implements GivenProvider {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  @Override
  public Object provide(ElementContext context) {
    return generate(context.random());
  }

  public static ScenarioBuilder generate(Random random) {
    ScenarioBuilder scenario = ScenarioBuilder.asOf(AS_OF);
    int customers = random.intRange(3, 30);
    for (int i = 0; i < customers; i++) {
      String id = "C" + i;
      ScenarioBuilder.CustomerSpec spec =
          scenario
              .customer(id)
              .segment(random.oneOf("smb", "enterprise", "public_sector"))
              .revenue(random.oneOf(0L, 5_000L, 40_000L, 250_000L, 3_000_000L))
              .since(AS_OF.minusDays(random.intRange(30, 6_000)))
              .industry(random.oneOf("software", "retail", "mining"))
              .region(random.oneOf("SE", "NO", "US"))
              .relationship(random.oneOf(Relationship.values()));
      if (random.trueOrFalse(0.7)) {
        spec.growth(random.oneOf(GrowthPotential.values()));
      }
      if (random.trueOrFalse(0.1)) {
        spec.highProfile();
      }
      spec.and();
      scenario.invoices(id, random.intRange(0, 12), 0, 0);
      scenario.tickets(id, random.intRange(0, 5), random.intRange(0, 60), false, true);
      scenario.calls(id, random.intRange(0, 8), false, false, random.intRange(0, 20));
      int behaviours = random.intRange(0, 3);
      for (int b = 0; b < behaviours; b++) {
        behave(scenario, id, random);
      }
    }
    return scenario;
  }

  /** One bad (or good) behaviour of the catalog, at a random intensity. */
  static void behave(ScenarioBuilder s, String id, Random random) {
    int n = random.intRange(1, 6);
    switch (random.intRange(0, 15)) {
      case 0 -> s.invoices(id, n + 2, n, random.intRange(8, 90));
      case 1 -> s.unpaidInvoice(id, random.intRange(100, 50_000), random.intRange(1, 200));
      case 2 ->
          s.incident(
              id,
              random.oneOf(IncidentKind.values()),
              random.intRange(1, 5),
              random.intRange(1, 360));
      case 3 -> s.tickets(id, n * 5, random.intRange(10, 120), false, true);
      case 4 -> s.calls(id, n * 4, true, random.trueOrFalse(), random.intRange(1, 30));
      case 5 ->
          s.requests(
              id,
              n,
              random.oneOf(RequestKind.values()),
              random.trueOrFalse(),
              random.intRange(0, 5_000));
      case 6 ->
          s.meetings(
              id, n, random.oneOf(MeetingKind.values()), random.oneOf(MeetingOutcome.values()));
      case 7 -> s.negativeReviews(id, n, random.oneOf(ReviewChannel.values()));
      case 8 -> s.tickets(id, n * 2, 5, true, random.trueOrFalse());
      case 9 -> s.advice(id, n, random.oneOf(AdviceFollowed.values()));
      case 10 -> s.referrals(id, n, random.trueOrFalse(), random.intRange(0, 100_000));
      case 11 -> s.meetings(id, n, MeetingKind.CHECK_IN, MeetingOutcome.HELD);
      case 12 -> s.calls(id, n * 3, false, true, 15);
      case 13 -> s.requests(id, n, RequestKind.SCOPE_CHANGE, false, 0);
      case 14 -> s.incident(id, IncidentKind.THREAT, 5, random.intRange(1, 360));
      default -> s.invoices(id, n, 0, 0);
    }
  }
}
