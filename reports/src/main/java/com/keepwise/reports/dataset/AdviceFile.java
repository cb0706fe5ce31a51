package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Advice;
import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.domain.signal.Signal;
import java.time.LocalDate;
import java.util.Optional;

/** {@code advice.csv}: recommendations we gave. */
final class AdviceFile implements EventFile {

  static final Schema SCHEMA = new Schema(SourceFile.ADVICE, "recommendations we gave");
  static final Column ADVICE_ID = SCHEMA.required("advice_id", ColumnType.ID, "");
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF, "");
  static final Column AT = SCHEMA.required("at", ColumnType.DATE, "");
  static final Column TOPIC = SCHEMA.optional("topic", ColumnType.TEXT, "");
  static final Column FOLLOWED = SCHEMA.required("followed", AdviceFollowed.class, "");

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Signal parse(Row row) {
    String id = row.uniqueId(ADVICE_ID);
    row.customer(CUSTOMER_ID);
    LocalDate at = row.date(AT);
    Optional<String> topic = row.optionalSharedText(TOPIC);
    AdviceFollowed followed = row.code(FOLLOWED, AdviceFollowed.class);
    if (row.isBad()) {
      return null;
    }
    return new Advice(id, row.customerId(), at, topic, followed);
  }
}
