package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.decision.Share;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.RequestStats;

/** Pays too little, haggles, expects freebies: discounts and free work asked for and conceded. */
public final class Haggles extends DefinedCriterion {

  static final Fact FREEBIE_REQUESTS =
      new Fact(
          "freebie_requests",
          Unit.COUNT,
          "discounts and free work asked for, outside the contract");
  static final Fact CONCESSIONS =
      new Fact("concessions", Unit.COUNT, "requests outside the contract that were granted");
  static final Fact CONCEDED_AMOUNT =
      new Fact("conceded_amount", Unit.MONEY, "money conceded on them");
  static final Fact CONCEDED_SHARE =
      new Fact("conceded_share", Unit.SHARE, "money conceded as a share of annual revenue");

  public Haggles() {
    super(
        "haggles",
        ReasonCode.HAGGLES,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "001, 004 #2, 003",
        "Pays too little, haggles, expects freebies: each concession narrows the margin and teaches them to ask again.",
        FREEBIE_REQUESTS,
        CONCESSIONS,
        CONCEDED_AMOUNT,
        CONCEDED_SHARE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    RequestStats requests = signals.requests();
    int asked = requests.count(RequestKind.DISCOUNT, RequestKind.FREE_WORK);
    double revenue = signals.customer().annualRevenue().toDouble();
    double conceded = requests.conceded().toDouble();
    double share = revenue > 0 ? Math.min(1, conceded / revenue) : (conceded > 0 ? 1 : 0);
    return Measurement.of(this)
        .fact(FREEBIE_REQUESTS, asked)
        .fact(CONCESSIONS, requests.concessions())
        .fact(CONCEDED_AMOUNT, conceded)
        .fact(CONCEDED_SHARE, share)
        .evidence(requests::freebieRows)
        .says(
            "haggles",
            (long) asked,
            (long) requests.concessions(),
            requests.conceded(),
            new Share(share));
  }
}
