package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Meeting;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.Signal;
import java.time.Instant;

/** {@code meetings.csv}. */
final class MeetingsFile implements EventFile {

  static final Schema SCHEMA = new Schema(SourceFile.MEETINGS, "");
  static final Column MEETING_ID = SCHEMA.required("meeting_id", ColumnType.ID, "");
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF, "");
  static final Column SCHEDULED = SCHEMA.required("scheduled", ColumnType.DATETIME, "");
  static final Column KIND = SCHEMA.optional("kind", MeetingKind.class, MeetingKind.OTHER, "");
  static final Column OUTCOME =
      SCHEMA.required(
          "outcome",
          MeetingOutcome.class,
          "`declined`: the customer refused to set the meeting up");

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Signal parse(Row row) {
    String id = row.uniqueId(MEETING_ID);
    row.customer(CUSTOMER_ID);
    Instant scheduled = row.datetime(SCHEDULED);
    MeetingKind kind = row.code(KIND, MeetingKind.class);
    MeetingOutcome outcome = row.code(OUTCOME, MeetingOutcome.class);
    if (row.isBad()) {
      return null;
    }
    return new Meeting(id, row.customerId(), scheduled, row.dayOf(scheduled), kind, outcome);
  }
}
