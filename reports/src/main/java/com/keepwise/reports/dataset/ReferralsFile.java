package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Referral;
import com.keepwise.domain.signal.Signal;
import java.time.LocalDate;
import java.util.Optional;

/** {@code referrals.csv}: new business a customer sent us. */
final class ReferralsFile implements EventFile {

  static final Schema SCHEMA =
      new Schema(SourceFile.REFERRALS, "new business this customer sent us");
  static final Column REFERRAL_ID = SCHEMA.required("referral_id", ColumnType.ID, "");
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF, "");
  static final Column AT = SCHEMA.required("at", ColumnType.DATE, "");
  static final Column CONVERTED =
      SCHEMA.optional("converted", false, "the referral became a customer");
  static final Column VALUE =
      SCHEMA.optional("value", ColumnType.NON_NEGATIVE_DECIMAL, "annual revenue it brought");

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Signal parse(Row row) {
    String id = row.uniqueId(REFERRAL_ID);
    row.customer(CUSTOMER_ID);
    LocalDate at = row.date(AT);
    boolean converted = row.bool(CONVERTED);
    Optional<Money> value = row.optionalMoney(VALUE);
    if (row.isBad()) {
      return null;
    }
    return new Referral(id, row.customerId(), at, converted, value);
  }
}
