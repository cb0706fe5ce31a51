package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.scoring.signals.CustomerSignals;

/** Unreasonable demands: more than was agreed, faster than is realistic, at any hour. */
public final class MakesUnreasonableDemands extends DefinedCriterion {

  static final Fact DEMANDS =
      new Fact(
          "demands",
          Unit.COUNT,
          "extra revisions, pulled-in deadlines and out-of-hours requests outside the contract");
  static final Fact OUT_OF_SCOPE_TICKETS =
      new Fact(
          "out_of_scope_tickets",
          Unit.COUNT,
          "tickets asking for what the customer does not pay for");
  static final Fact TOTAL = new Fact("total", Unit.COUNT, "both together");

  public MakesUnreasonableDemands() {
    super(
        "makes_unreasonable_demands",
        ReasonCode.MAKES_UNREASONABLE_DEMANDS,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "001, 004 #8, 003",
        "Makes unreasonable demands: revisions beyond what was promised, unrealistic deadlines, help at any hour.",
        DEMANDS,
        OUT_OF_SCOPE_TICKETS,
        TOTAL);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    int demands =
        signals
            .requests()
            .count(
                RequestKind.EXTRA_REVISION, RequestKind.DEADLINE_PULL_IN, RequestKind.OUT_OF_HOURS);
    int outOfScope = signals.tickets().outOfScope();
    return Measurement.of(this)
        .fact(DEMANDS, demands)
        .fact(OUT_OF_SCOPE_TICKETS, outOfScope)
        .fact(TOTAL, demands + outOfScope)
        .evidence(signals.requests()::demandRows)
        .evidence(signals.tickets()::outOfScopeRows)
        .says("makes_unreasonable_demands", (long) demands, (long) outOfScope);
  }
}
