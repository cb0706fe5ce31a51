package com.keepwise.domain.decision;

import com.keepwise.domain.ContractCode;
import java.util.Locale;

/**
 * Why a decision came out as it did. A closed set: the code goes into {@code decisions.csv}; the
 * words for it come from a per-locale bundle under {@link #messageKey()}.
 */
public enum ReasonCode implements ContractCode {
  // Risk: one per criterion of the catalog, named as a yes/no question about the customer.
  PAYS_LATE(Kind.RISK),
  HAGGLES(Kind.RISK),
  NEEDS_HIGH_TOUCH(Kind.RISK),
  OVER_COMMUNICATES(Kind.RISK),
  ESCALATES_PAST_CONTACTS(Kind.RISK),
  BULLIES_STAFF(Kind.RISK),
  MOVES_GOAL_POSTS(Kind.RISK),
  MAKES_UNREASONABLE_DEMANDS(Kind.RISK),
  REFUSES_CHECK_INS(Kind.RISK),
  MISSES_MEETINGS(Kind.RISK),
  ACTS_DISHONESTLY(Kind.RISK),
  COMPLAINS_PUBLICLY(Kind.RISK),
  COMPLAINS_ABOUT_TRIFLES(Kind.RISK),
  IGNORES_ADVICE(Kind.RISK),
  MAKES_UNETHICAL_REQUESTS(Kind.RISK),
  FALLS_OUTSIDE_PROFILE(Kind.RISK),
  HAS_NO_GROWTH_POTENTIAL(Kind.RISK),
  SENDS_NO_REFERRALS(Kind.RISK),
  IS_UNPROFITABLE(Kind.RISK),

  // Value: what the customer is worth.
  HIGH_REVENUE(Kind.VALUE),
  HEALTHY_MARGIN(Kind.VALUE),
  GROWTH_POTENTIAL(Kind.VALUE),
  REFERS_BUSINESS(Kind.VALUE),
  LONG_TENURE(Kind.VALUE),
  HIGH_PROFILE(Kind.VALUE),
  LARGE_REVENUE_SHARE(Kind.VALUE),

  // Protections: reasons to expect change, which cap the action.
  LONG_STANDING_RELATIONSHIP(Kind.PROTECTION),
  PERSONAL_RELATIONSHIP(Kind.PROTECTION),
  IMPROVING_TREND(Kind.PROTECTION),
  REPUTATION_AT_STAKE(Kind.PROTECTION);

  /** Which side of the judgement a reason stands on. */
  public enum Kind {
    RISK,
    VALUE,
    PROTECTION
  }

  private final Kind kind;

  ReasonCode(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The key of the reason's name in the message bundles, e.g. {@code reason.pays_late}. */
  public String messageKey() {
    return "reason." + name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String code() {
    return name();
  }
}
