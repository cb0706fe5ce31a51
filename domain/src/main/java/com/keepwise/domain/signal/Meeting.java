package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A row of {@code meetings.csv}. */
public record Meeting(
    String id, CustomerId customerId, Instant scheduled, MeetingKind kind, MeetingOutcome outcome)
    implements Signal {

  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(scheduled, "scheduled");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
  }

  @Override
  public SourceFile source() {
    return SourceFile.MEETINGS;
  }

  @Override
  public LocalDate day(ZoneId zone) {
    return LocalDate.ofInstant(scheduled, zone);
  }

  /** A regular status meeting: a check-in or a review. */
  public boolean isCheckIn() {
    return kind == MeetingKind.CHECK_IN || kind == MeetingKind.REVIEW;
  }
}
