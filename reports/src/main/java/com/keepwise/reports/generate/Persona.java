package com.keepwise.reports.generate;

/**
 * The kinds of customer a synthetic dataset holds: mostly healthy ones, some stars, and a minority
 * showing each bad behaviour of the criteria catalog. Each says which rows make it.
 */
public enum Persona {
  /** Pays on time, contacts us in business hours, holds check-ins, follows advice. */
  HEALTHY(0.47),
  /** A best customer: more revenue, high growth, converted referrals, follows advice. */
  STAR(0.08),
  /** pays_late: half the invoices paid 20–60 days late. */
  LATE_PAYER(0.04),
  /** pays_late, hard rule non_payment: the last invoices unpaid, more than 90 days overdue. */
  NON_PAYER(0.015),
  /** bullies_staff: rudeness, aggressive accusations, personal attacks, public shaming. */
  BULLY(0.015),
  /** bullies_staff, hard rule threat: a threat of harm. */
  THREATENER(0.004),
  /** needs_high_touch, is_unprofitable: little revenue, many long tickets and calls. */
  HIGH_TOUCH(0.04),
  /** over_communicates: many inbound calls and messages at night and at weekends. */
  MIDNIGHT_CALLER(0.03),
  /** escalates_past_contacts: contacts that go straight to managers. */
  ESCALATOR(0.02),
  /** moves_goal_posts: scope changes and renegotiations. */
  GOAL_POST_MOVER(0.03),
  /** haggles: discounts and free work asked for, some granted. */
  FREEBIE_HUNTER(0.03),
  /** makes_unreasonable_demands: extra revisions, pulled-in deadlines, out-of-scope tickets. */
  UNREASONABLE(0.02),
  /** misses_meetings: no-shows and late cancellations. */
  NO_SHOW(0.02),
  /** refuses_check_ins: meetings declined, no check-in held. */
  REFUSES_CHECK_INS(0.015),
  /** acts_dishonestly: incidents of dishonesty. */
  DISHONEST(0.01),
  /** complains_publicly: negative reviews on review sites, social media, forums, the press. */
  PUBLIC_COMPLAINER(0.015),
  /** complains_about_trifles: many tickets about trivial matters. */
  TRIVIAL_COMPLAINER(0.02),
  /** ignores_advice: recommendations not followed. */
  IGNORES_ADVICE(0.02),
  /** makes_unethical_requests, hard rule unethical_demands: an unethical request. */
  UNETHICAL(0.004),
  /** falls_outside_profile: an industry and region outside the ideal profile. */
  OUTSIDE_PROFILE(0.04),
  /** has_no_growth_potential: no potential for more business. */
  NO_GROWTH(0.02),
  /** Two or three bad behaviours at once, and little revenue: the several-problems rule. */
  SEVERAL_PROBLEMS(0.027),
  /** A bad behaviour that stopped: all its rows in the earlier half of the review window. */
  IMPROVING(0.015);

  private final double share;

  Persona(double share) {
    this.share = share;
  }

  /** The share of customers with this persona in a large dataset. */
  public double share() {
    return share;
  }

  /** The persona whose cumulative share covers {@code draw} (0 to 1). */
  static Persona at(double draw) {
    double cumulative = 0;
    for (Persona persona : values()) {
      cumulative += persona.share;
      if (draw < cumulative) {
        return persona;
      }
    }
    return HEALTHY;
  }

  /** The behaviours a customer with several problems can combine. */
  static final Persona[] COMBINABLE = {
    LATE_PAYER,
    BULLY,
    HIGH_TOUCH,
    MIDNIGHT_CALLER,
    GOAL_POST_MOVER,
    FREEBIE_HUNTER,
    UNREASONABLE,
    NO_SHOW,
    DISHONEST,
    PUBLIC_COMPLAINER,
    TRIVIAL_COMPLAINER,
    IGNORES_ADVICE
  };
}
