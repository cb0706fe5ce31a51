package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Request;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.domain.signal.Signal;
import java.time.LocalDate;
import java.util.Optional;

/** {@code requests.csv}: commercial and scope requests. */
final class RequestsFile implements EventFile {

  static final Schema SCHEMA = new Schema(SourceFile.REQUESTS, "commercial and scope requests");
  static final Column REQUEST_ID = SCHEMA.required("request_id", ColumnType.ID, "");
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF, "");
  static final Column AT = SCHEMA.required("at", ColumnType.DATE, "");
  static final Column KIND = SCHEMA.required("kind", RequestKind.class, "");
  static final Column IN_SCOPE =
      SCHEMA.optional("in_scope", false, "the contract already covers it");
  static final Column GRANTED = SCHEMA.optional("granted", ColumnType.BOOL, "");
  static final Column AMOUNT =
      SCHEMA.optional("amount", ColumnType.NON_NEGATIVE_DECIMAL, "money asked for or conceded");

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Signal parse(Row row) {
    String id = row.uniqueId(REQUEST_ID);
    row.customer(CUSTOMER_ID);
    LocalDate at = row.date(AT);
    RequestKind kind = row.code(KIND, RequestKind.class);
    boolean inScope = row.bool(IN_SCOPE);
    Optional<Boolean> granted = row.optionalBool(GRANTED);
    Optional<Money> amount = row.optionalMoney(AMOUNT);
    if (row.isBad()) {
      return null;
    }
    return new Request(id, row.customerId(), at, kind, inScope, granted, amount);
  }
}
