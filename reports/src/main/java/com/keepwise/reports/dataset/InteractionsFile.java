package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Channel;
import com.keepwise.domain.signal.Direction;
import com.keepwise.domain.signal.Interaction;
import com.keepwise.domain.signal.Signal;
import java.time.Instant;
import java.util.OptionalDouble;

/** {@code interactions.csv}: calls, e-mails, messages. */
final class InteractionsFile implements EventFile {

  static final Schema SCHEMA = new Schema(SourceFile.INTERACTIONS, "calls, e-mails, messages");
  static final Column INTERACTION_ID = SCHEMA.required("interaction_id", ColumnType.ID, "");
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF, "");
  static final Column AT = SCHEMA.required("at", ColumnType.DATETIME, "");
  static final Column CHANNEL = SCHEMA.required("channel", Channel.class, "");
  static final Column DIRECTION =
      SCHEMA.required("direction", Direction.class, "inbound = the customer contacted us");
  static final Column MINUTES =
      SCHEMA.optional("minutes", ColumnType.NON_NEGATIVE_DECIMAL, "staff time spent");
  static final Column ESCALATED =
      SCHEMA.optional(
          "escalated", false, "went around the normal contact, straight to managers or executives");

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Signal parse(Row row) {
    String id = row.uniqueId(INTERACTION_ID);
    row.customer(CUSTOMER_ID);
    Instant at = row.datetime(AT);
    Channel channel = row.code(CHANNEL, Channel.class);
    Direction direction = row.code(DIRECTION, Direction.class);
    OptionalDouble minutes = row.optionalNumber(MINUTES);
    boolean escalated = row.bool(ESCALATED);
    if (row.isBad()) {
      return null;
    }
    return Interaction.builder(id, row.customerId(), at, row.dayOf(at), channel, direction)
        .minutes(minutes)
        .escalated(escalated)
        .build();
  }
}
