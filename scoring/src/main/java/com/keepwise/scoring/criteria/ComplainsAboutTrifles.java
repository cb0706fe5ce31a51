package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.decision.Share;
import com.keepwise.scoring.signals.CustomerSignals;

/** Complains all the time about trivial matters. */
public final class ComplainsAboutTrifles extends DefinedCriterion {

  static final Fact TRIVIAL_TICKETS =
      new Fact("trivial_tickets", Unit.COUNT, "tickets about trivial matters");
  static final Fact TRIVIAL_SHARE =
      new Fact("trivial_share", Unit.SHARE, "trivial tickets as a share of all tickets");

  public ComplainsAboutTrifles() {
    super(
        "complains_about_trifles",
        ReasonCode.COMPLAINS_ABOUT_TRIFLES,
        Side.RISK,
        Citeability.OUR_ASSESSMENT,
        "002 #1",
        "Complains constantly about trivial matters and is prone to problems.",
        TRIVIAL_TICKETS,
        TRIVIAL_SHARE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    int trivial = signals.tickets().trivial();
    int tickets = signals.tickets().count();
    return Measurement.of(this)
        .fact(TRIVIAL_TICKETS, trivial)
        .fact(TRIVIAL_SHARE, Share.of(trivial, tickets).fraction())
        .evidence(signals.tickets()::trivialRows)
        .says("complains_about_trifles", (long) trivial, (long) tickets);
  }
}
