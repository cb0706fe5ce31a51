package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Invoice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One customer's invoices: how they pay, and what is overdue now. */
public final class InvoiceStats {

  static final InvoiceStats NONE = new InvoiceStats();

  /**
   * Days late counted per invoice in {@link #lateDaysTotal()}: beyond this, lateness is
   * non-payment.
   */
  public static final long LATE_DAYS_COUNTED = 90;

  private int due;
  private int late;
  private long lateDays;
  private long lateDaysCapped;
  private int paidLate;
  private long paidLateDays;
  private long invoiced;
  private int openOverdue;
  private long overdue;
  private long oldestOverdueDue = Long.MAX_VALUE;
  private long maxDaysOverdue;
  private long problems;
  private Evidence lateRows;

  void add(Invoice invoice, long line, TallyContext context) {
    ReviewWindow window = context.window();
    LocalDate asOf = window.asOf();
    if (window.contains(invoice.issued())) {
      invoiced += invoice.amount().tenThousandths();
    }
    boolean dueInWindow = window.contains(invoice.due());
    if (dueInWindow) {
      due++;
    }
    long daysLate = invoice.daysLate(asOf);
    boolean open = !invoice.isSettled() && invoice.outstanding().isPositive();
    if (open && invoice.due().isBefore(asOf)) {
      openOverdue++;
      overdue += invoice.outstanding().tenThousandths();
      oldestOverdueDue = Math.min(oldestOverdueDue, invoice.due().toEpochDay());
      maxDaysOverdue = Math.max(maxDaysOverdue, daysLate);
    }
    if (invoice.isLate(asOf) && (dueInWindow || open)) {
      if (dueInWindow) {
        late++;
        lateDays += daysLate;
        lateDaysCapped += Math.min(daysLate, LATE_DAYS_COUNTED);
        if (!open) {
          paidLate++;
          paidLateDays += daysLate;
        }
      }
      // An invoice still unpaid is a problem now, however old: it can never make a trend look
      // better.
      problems = ProblemCount.add(problems, open ? asOf : invoice.due(), window);
      lateRows =
          Evidence.offer(
              lateRows, SourceFile.INVOICES, daysLate, invoice.due(), invoice.id(), line);
    }
  }

  /** Invoices due in the review window (up to the review date). */
  public int due() {
    return due;
  }

  /** Of those, the ones paid (or still open) more than a week late. */
  public int late() {
    return late;
  }

  /**
   * Days past due added up over the late invoices, each counted up to {@link #LATE_DAYS_COUNTED}.
   */
  public long lateDaysTotal() {
    return lateDaysCapped;
  }

  /** Late invoices that were paid in the end (the others are still unpaid). */
  public int paidLate() {
    return paidLate;
  }

  /** Average days past due of the ones paid late; zero when none was. */
  public double averageDaysPaidLate() {
    return paidLate == 0 ? 0 : (double) paidLateDays / paidLate;
  }

  /** Average days past due of the late ones; zero when none was late. */
  public double averageDaysLate() {
    return late == 0 ? 0 : (double) lateDays / late;
  }

  /** Amount invoiced in the window. */
  public Money invoiced() {
    return new Money(invoiced);
  }

  /** Open invoices past their due date now, whenever issued. */
  public int openOverdue() {
    return openOverdue;
  }

  /** What is still unpaid on them. */
  public Money overdue() {
    return new Money(overdue);
  }

  /** The due date of the oldest of them. */
  public Optional<LocalDate> overdueSince() {
    return openOverdue == 0
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(oldestOverdueDue));
  }

  /** Days the oldest open invoice is past due at the review date. */
  public long daysOverdue() {
    return maxDaysOverdue;
  }

  /** Problem events, for the trend, as {@link ProblemCount} packs them. */
  long problems() {
    return problems;
  }

  /** Late and overdue invoices, latest-paying first. */
  public List<EvidenceRef> lateRows() {
    return Evidence.rowsOf(lateRows);
  }
}
