package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.decision.Share;
import com.keepwise.scoring.signals.CustomerSignals;

/**
 * The "psycho dialer": contacts far more often than the segment's customers do, and outside
 * business hours.
 */
public final class OverCommunicates extends DefinedCriterion {

  static final Fact CONTACTS_PER_MONTH =
      new Fact(
          "contacts_per_month",
          Unit.PER_MONTH,
          "tickets and inbound calls, e-mails and messages a month");
  static final Fact SEGMENT_NORM =
      new Fact(
          "segment_norm", Unit.PER_MONTH, "the median contacts a month of the segment's customers");
  static final Fact CONTACTS_VS_NORM =
      new Fact(
          "contacts_vs_norm",
          Unit.RATIO,
          "contacts a month against the segment's norm (2 = twice as many); for a new customer, against the norm times the policy's contact allowance");
  static final Fact AFTER_HOURS_PER_MONTH =
      new Fact(
          "after_hours_per_month",
          Unit.PER_MONTH,
          "inbound contacts a month outside business hours");
  static final Fact AFTER_HOURS_SHARE =
      new Fact(
          "after_hours_share",
          Unit.SHARE,
          "inbound contacts outside business hours as a share of all inbound");

  /**
   * Below this norm a segment's customers hardly call; comparing against it would magnify noise.
   */
  private static final double MINIMUM_NORM = 0.5;

  public OverCommunicates() {
    super(
        "over_communicates",
        ReasonCode.OVER_COMMUNICATES,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "003",
        "Over-communicates: calls, mails and messages far more than others, late at night, about what could wait for business hours.",
        CONTACTS_PER_MONTH,
        SEGMENT_NORM,
        CONTACTS_VS_NORM,
        AFTER_HOURS_PER_MONTH,
        AFTER_HOURS_SHARE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    double months = context.portfolio().windowMonths();
    double perMonth = SegmentNorms.contactsPerMonth(signals, months);
    String segment = signals.customer().segment();
    double norm = context.portfolio().contactNorm(segment);
    NewCustomers onboarding = context.newCustomers();
    boolean settlingIn =
        signals
            .customer()
            .customerSince()
            .plusMonths(onboarding.months())
            .isAfter(signals.window().asOf());
    double ratio =
        perMonth
            / (Math.max(norm, MINIMUM_NORM) * (settlingIn ? onboarding.contactAllowance() : 1));
    int inbound = signals.interactions().inbound();
    int afterHours = signals.interactions().inboundAfterHours();
    Share share = Share.of(afterHours, inbound);
    return Measurement.of(this)
        .fact(CONTACTS_PER_MONTH, perMonth)
        .fact(SEGMENT_NORM, norm)
        .fact(CONTACTS_VS_NORM, ratio)
        .fact(AFTER_HOURS_PER_MONTH, afterHours / SegmentNorms.activeMonths(signals, months))
        .fact(AFTER_HOURS_SHARE, share.fraction())
        .evidence(signals.interactions()::afterHoursRows)
        .says(
            "over_communicates",
            round1(perMonth),
            round1(ratio),
            segment,
            round1(norm),
            (long) afterHours,
            (long) inbound);
  }

  static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
