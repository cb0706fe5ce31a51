package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code invoices.csv}.
 *
 * @param paid the day it was paid; empty: not paid (yet)
 * @param paidAmount for partial payments; when {@code paid} is set and this is empty, the whole
 *     amount was paid
 */
public record Invoice(
    String id,
    CustomerId customerId,
    LocalDate issued,
    LocalDate due,
    Money amount,
    Optional<LocalDate> paid,
    Optional<Money> paidAmount)
    implements Signal {

  /** An invoice paid (or still open) more than a week after its due date is late. */
  public static final int LATE_AFTER_DAYS = 7;

  public Invoice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(paidAmount, "paidAmount");
  }

  @Override
  public SourceFile source() {
    return SourceFile.INVOICES;
  }

  @Override
  public LocalDate day() {
    return issued;
  }

  /** What has been paid so far. */
  public Money paidSoFar() {
    return paidAmount.orElse(paid.isPresent() ? amount : Money.ZERO);
  }

  /** What is still to be paid; never negative (an overpayment leaves nothing outstanding). */
  public Money outstanding() {
    Money left = amount.minus(paidSoFar());
    return left.isNegative() ? Money.ZERO : left;
  }

  /**
   * Late: paid, or still open at {@code asOf}, more than {@link #LATE_AFTER_DAYS} days past due.
   */
  public boolean isLate(LocalDate asOf) {
    return daysLate(asOf) > LATE_AFTER_DAYS;
  }

  /**
   * Paid, on whatever day, to within 1% of the amount: a bank fee or a rounding difference does not
   * keep an invoice open.
   */
  public boolean isSettled() {
    return paid.isPresent() && outstanding().tenThousandths() * 100 <= amount.tenThousandths();
  }

  /**
   * Days past due: for a settled invoice, the days between due and paid; for an open one, the days
   * between due and {@code asOf}. Zero when on time.
   */
  public long daysLate(LocalDate asOf) {
    LocalDate end = isSettled() ? paid.get() : asOf;
    return Math.max(0, ChronoUnit.DAYS.between(due, end));
  }
}
