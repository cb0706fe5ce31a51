package com.keepwise.scoring.criteria;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.MeetingStats;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Refuses goals and regular check-ins. Judged only for customers with some meeting history: no
 * meetings at all is no evidence, and one missed meeting is not a pattern (004 #5: "we all miss a
 * meeting now and then"). Time without a check-in counts from the customer's start when they
 * started inside the window: a customer of three months has not gone a year without one.
 */
public final class RefusesCheckIns extends DefinedCriterion {

  static final Fact DECLINED =
      new Fact("declined", Unit.COUNT, "meetings the customer refused to set up");
  static final Fact MONTHS_WITHOUT_CHECK_IN =
      new Fact(
          "months_without_check_in",
          Unit.MONTHS,
          "months since the last check-in or review was held (the whole window, or since the customer started, if none was)");

  public RefusesCheckIns() {
    super(
        "refuses_check_ins",
        ReasonCode.REFUSES_CHECK_INS,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "000 #3",
        "Refuses to agree on goals or to set up regular check-ins: such a customer is unlikely ever to be satisfied.",
        DECLINED,
        MONTHS_WITHOUT_CHECK_IN);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    MeetingStats meetings = signals.meetings();
    if (!context.portfolio().has(SourceFile.MEETINGS)) {
      return Measurement.notMeasured(
          this, Phrase.of("not_measured.no_file", SourceFile.MEETINGS.fileName()));
    }
    if (meetings.count() == 0 && meetings.lastCheckIn().isEmpty()) {
      return Measurement.notMeasured(this, Phrase.of("refuses_check_ins.no_meetings"));
    }
    // More meetings on record can only make this measured, never unmeasured: worse never reads
    // better.
    if (meetings.declined() == 0 && meetings.lastCheckIn().isEmpty() && meetings.count() < 2) {
      return Measurement.notMeasured(this, Phrase.of("refuses_check_ins.one_meeting"));
    }
    LocalDate asOf = signals.window().asOf();
    LocalDate start = SegmentNorms.judgedFrom(signals);
    LocalDate since = meetings.lastCheckIn().filter(day -> day.isAfter(start)).orElse(start);
    double months =
        Math.min(
            context.portfolio().windowMonths(), ChronoUnit.DAYS.between(since, asOf) / 30.436875);
    Measurement.Builder m =
        Measurement.of(this)
            .fact(DECLINED, meetings.declined())
            .fact(MONTHS_WITHOUT_CHECK_IN, months)
            .evidence(meetings::declinedRows);
    return meetings.lastCheckIn().isPresent()
        ? m.says("refuses_check_ins", (long) meetings.declined(), meetings.lastCheckIn().get())
        : m.says("refuses_check_ins.never", (long) meetings.declined());
  }
}
