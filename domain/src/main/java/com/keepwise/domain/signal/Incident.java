package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code incidents.csv}: behaviour towards staff, honesty or ethics.
 *
 * @param severity 1 (mild) to 5 (grave); 3 when the file leaves it empty
 * @param note free text; sensitive, may contain anything
 */
public record Incident(
    String id,
    CustomerId customerId,
    LocalDate at,
    IncidentKind kind,
    int severity,
    Optional<String> reportedBy,
    Optional<String> note)
    implements Signal {

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reportedBy, "reportedBy");
    Objects.requireNonNull(note, "note");
  }

  @Override
  public SourceFile source() {
    return SourceFile.INCIDENTS;
  }

  @Override
  public LocalDate day() {
    return at;
  }
}
