package com.keepwise.reports.dataset;

import com.keepwise.domain.ContractMessages;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Invoice;
import com.keepwise.domain.signal.Signal;
import java.time.LocalDate;
import java.util.Optional;

/** {@code invoices.csv}. */
final class InvoicesFile implements EventFile {

  static final Schema SCHEMA = new Schema(SourceFile.INVOICES);
  static final Column INVOICE_ID = SCHEMA.required("invoice_id", ColumnType.ID);
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF);
  static final Column ISSUED = SCHEMA.required("issued", ColumnType.DATE);
  static final Column DUE = SCHEMA.required("due", ColumnType.DATE);
  static final Column AMOUNT = SCHEMA.required("amount", ColumnType.DECIMAL);
  static final Column PAID = SCHEMA.optional("paid", ColumnType.DATE);
  static final Column PAID_AMOUNT = SCHEMA.optional("paid_amount", ColumnType.DECIMAL);

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
    Money amount = row.positiveMoney(AMOUNT);
    Optional<LocalDate> paid = row.optionalDate(PAID);
    Optional<Money> paidAmount = row.optionalNonNegativeMoney(PAID_AMOUNT);
    if (issued != null && due != null && due.isBefore(issued)) {
      row.problem(DUE, "due '" + due + "' " + ContractMessages.DUE_BEFORE_ISSUED + " (expected a date on or after " + issued + ")");
    }
    if (row.isBad()) {
      return null;
    }
    return new Invoice(id, row.customerId(), issued, due, amount, paid, paidAmount);
  }
}
