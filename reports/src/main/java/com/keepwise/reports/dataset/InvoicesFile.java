package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Invoice;
import com.keepwise.domain.signal.Signal;
import java.time.LocalDate;
import java.util.Optional;

/** {@code invoices.csv}. */
final class InvoicesFile implements EventFile {

  static final Schema SCHEMA = new Schema(SourceFile.INVOICES, "");
  static final Column INVOICE_ID =
      SCHEMA.required("invoice_id", ColumnType.ID, "unique within the file");
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF, "");
  static final Column ISSUED = SCHEMA.required("issued", ColumnType.DATE, "");
  static final Column DUE = SCHEMA.required("due", ColumnType.DATE, "on or after `issued`");
  static final Column AMOUNT = SCHEMA.required("amount", ColumnType.POSITIVE_DECIMAL, "");
  static final Column PAID = SCHEMA.optional("paid", ColumnType.DATE, "empty: not paid (yet)");
  static final Column PAID_AMOUNT =
      SCHEMA.optional(
          "paid_amount",
          ColumnType.NON_NEGATIVE_DECIMAL,
          "for partial payments; default `amount` when `paid` is set");

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Signal parse(Row row) {
    String id = row.uniqueId(INVOICE_ID);
    row.customer(CUSTOMER_ID);
    LocalDate issued = row.date(ISSUED);
    LocalDate due = row.date(DUE);
    Money amount = row.money(AMOUNT);
    Optional<LocalDate> paid = row.optionalDate(PAID);
    Optional<Money> paidAmount = row.optionalMoney(PAID_AMOUNT);
    if (issued != null && due != null && due.isBefore(issued)) {
      row.problem(
          DUE,
          "due '"
              + due
              + "' must be on or after issued (expected a date on or after "
              + issued
              + ")");
    }
    if (row.isBad()) {
      return null;
    }
    return new Invoice(id, row.customerId(), issued, due, amount, paid, paidAmount);
  }
}
