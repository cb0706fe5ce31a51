package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Incident;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.Signal;
import java.time.LocalDate;
import java.util.Optional;

/** {@code incidents.csv}: behaviour towards staff, honesty, ethics. */
final class IncidentsFile implements EventFile {

  static final Schema SCHEMA =
      new Schema(SourceFile.INCIDENTS, "behaviour towards staff, honesty, ethics");
  static final Column INCIDENT_ID = SCHEMA.required("incident_id", ColumnType.ID, "");
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF, "");
  static final Column AT = SCHEMA.required("at", ColumnType.DATE, "");
  static final Column KIND = SCHEMA.required("kind", IncidentKind.class, "");
  static final Column SEVERITY =
      SCHEMA.optional("severity", ColumnType.ONE_TO_FIVE, 3, "1 (mild) to 5 (grave)");
  static final Column REPORTED_BY = SCHEMA.optional("reported_by", ColumnType.TEXT, "");
  static final Column NOTE =
      SCHEMA.optional("note", ColumnType.TEXT, "free text; sensitive, may contain anything");

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Signal parse(Row row) {
    String id = row.uniqueId(INCIDENT_ID);
    row.customer(CUSTOMER_ID);
    LocalDate at = row.date(AT);
    IncidentKind kind = row.code(KIND, IncidentKind.class);
    int severity = row.oneToFive(SEVERITY);
    Optional<String> reportedBy = row.optionalSharedText(REPORTED_BY);
    Optional<String> note = row.optionalText(NOTE);
    if (row.isBad()) {
      return null;
    }
    return new Incident(id, row.customerId(), at, kind, severity, reportedBy, note);
  }
}
