package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.MeetingStats;

/** Unavailable: does not show up, or cancels at the last minute. */
public final class MissesMeetings extends DefinedCriterion {

  static final Fact NO_SHOWS =
      new Fact("no_shows", Unit.COUNT, "meetings the customer did not show up to");
  static final Fact LATE_CANCELLATIONS =
      new Fact("late_cancellations", Unit.COUNT, "meetings cancelled at the last minute");
  static final Fact MISSED = new Fact("missed", Unit.COUNT, "both together");

  public MissesMeetings() {
    super(
        "misses_meetings",
        ReasonCode.MISSES_MEETINGS,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "001, 004 #5",
        "Unavailable: misses meetings or cancels late, wasting the hours set aside for them.",
        NO_SHOWS,
        LATE_CANCELLATIONS,
        MISSED);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    MeetingStats meetings = signals.meetings();
    int missed = meetings.noShows() + meetings.lateCancellations();
    return Measurement.of(this)
        .fact(NO_SHOWS, meetings.noShows())
        .fact(LATE_CANCELLATIONS, meetings.lateCancellations())
        .fact(MISSED, missed)
        .evidence(meetings::missedRows)
        .says(
            "misses_meetings",
            (long) meetings.noShows(),
            (long) meetings.lateCancellations(),
            (long) meetings.count());
  }
}
