package com.keepwise.scoring.criteria;

import java.util.List;
import java.util.Optional;

/**
 * Every criterion Keepwise knows: the nineteen risk criteria of the catalog (the five articles,
 * deduplicated) and the value factors they are weighed against. Adding a criterion means adding its
 * class here and its entry to the default policy.
 */
public final class Catalog {

  private static final List<Criterion> ALL =
      List.of(
          new PaysLate(),
          new Haggles(),
          new NeedsHighTouch(),
          new OverCommunicates(),
          new EscalatesPastContacts(),
          new BulliesStaff(),
          new MovesGoalPosts(),
          new MakesUnreasonableDemands(),
          new RefusesCheckIns(),
          new MissesMeetings(),
          new ActsDishonestly(),
          new ComplainsPublicly(),
          new ComplainsAboutTrifles(),
          new IgnoresAdvice(),
          new MakesUnethicalRequests(),
          new FallsOutsideProfile(),
          new HasNoGrowthPotential(),
          new SendsNoReferrals(),
          new IsUnprofitable(),
          new EarnsRevenue(),
          new KeepsMargin(),
          new CanGrow(),
          new RefersBusiness(),
          new HasTenure(),
          new IsHighProfile(),
          new CarriesRevenueShare());

  private Catalog() {}

  /** All criteria, risk first, in catalog order. */
  public static List<Criterion> all() {
    return ALL;
  }

  /** The criteria of one side. */
  public static List<Criterion> of(Side side) {
    return ALL.stream().filter(c -> c.side() == side).toList();
  }

  public static Optional<Criterion> byId(Side side, String id) {
    return ALL.stream().filter(c -> c.side() == side && c.id().equals(id)).findFirst();
  }
}
