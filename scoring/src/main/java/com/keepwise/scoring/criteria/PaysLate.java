package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.decision.Share;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.InvoiceStats;

/** Pays late, or does not pay at all: invoices past due, and what is overdue now. */
public final class PaysLate extends DefinedCriterion {

  static final Fact INVOICES_DUE =
      new Fact("invoices_due", Unit.COUNT, "invoices due in the review window");
  static final Fact LATE_INVOICES =
      new Fact(
          "late_invoices", Unit.COUNT, "of those, paid (or still open) more than a week past due");
  static final Fact LATE_SHARE =
      new Fact("late_share", Unit.SHARE, "late invoices as a share of invoices due");
  static final Fact DAYS_LATE_TOTAL =
      new Fact(
          "days_late_total",
          Unit.DAYS,
          "days past due added up over the late invoices, each counted up to 90: how late, and how often");
  static final Fact AVERAGE_DAYS_LATE =
      new Fact("average_days_late", Unit.DAYS, "days past due, on average, of the late invoices");
  static final Fact DAYS_OVERDUE =
      new Fact(
          "days_overdue", Unit.DAYS, "days the oldest open invoice is past due at the review date");
  static final Fact OVERDUE_AMOUNT =
      new Fact("overdue_amount", Unit.MONEY, "amount still unpaid on invoices past due");
  static final Fact OVERDUE_SHARE =
      new Fact(
          "overdue_share",
          Unit.SHARE,
          "the amount overdue as a share of a year's revenue (1 when there is no revenue)");

  public PaysLate() {
    super(
        "pays_late",
        ReasonCode.PAYS_LATE,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "001, 004 #1",
        "Pays late or does not pay: unpaid invoices drain cash flow, and chasing them costs staff time.",
        INVOICES_DUE,
        LATE_INVOICES,
        LATE_SHARE,
        DAYS_LATE_TOTAL,
        AVERAGE_DAYS_LATE,
        DAYS_OVERDUE,
        OVERDUE_AMOUNT,
        OVERDUE_SHARE);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    InvoiceStats invoices = signals.invoices();
    Share lateShare = Share.of(invoices.late(), invoices.due());
    Measurement.Builder m =
        Measurement.of(this)
            .fact(INVOICES_DUE, invoices.due())
            .fact(LATE_INVOICES, invoices.late())
            .fact(LATE_SHARE, lateShare.fraction())
            .fact(DAYS_LATE_TOTAL, invoices.lateDaysTotal())
            .fact(AVERAGE_DAYS_LATE, invoices.averageDaysLate())
            .fact(DAYS_OVERDUE, invoices.daysOverdue())
            .fact(OVERDUE_AMOUNT, invoices.overdue().toDouble())
            .fact(
                OVERDUE_SHARE,
                overdueShare(
                    invoices.overdue().toDouble(), signals.customer().annualRevenue().toDouble()))
            .evidence(invoices::lateRows);
    long paidLateDays = Math.round(invoices.averageDaysPaidLate());
    if (invoices.openOverdue() > 0) {
      // Unpaid is said as unpaid, never as "paid late"; what was paid late besides is said apart.
      return m.says(
          "pays_late.overdue",
          (long) invoices.openOverdue(),
          invoices.overdue(),
          invoices.daysOverdue(),
          invoices.overdueSince().orElseThrow(),
          (long) invoices.paidLate(),
          (long) invoices.due(),
          paidLateDays);
    }
    if (invoices.late() > 0) {
      return m.says(
          "pays_late.late",
          (long) invoices.late(),
          (long) invoices.due(),
          Math.round(invoices.averageDaysLate()));
    }
    return m.says("pays_late.on_time", (long) invoices.due());
  }

  private static double overdueShare(double overdue, double revenue) {
    if (overdue <= 0) {
      return 0;
    }
    return revenue > 0 ? Math.min(1, overdue / revenue) : 1;
  }
}
