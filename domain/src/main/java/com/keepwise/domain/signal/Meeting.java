package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code meetings.csv}.
 *
 * @param day the day it was scheduled for, in the dataset's time zone
 */
public record Meeting(
    String id,
    CustomerId customerId,
    Instant scheduled,
    LocalDate day,
    MeetingKind kind,
    MeetingOutcome outcome)
    implements Signal {

  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(scheduled, "scheduled");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
  }

  @Override
  public SourceFile source() {
    return SourceFile.MEETINGS;
  }

  /** A regular status meeting: a check-in or a review. */
  public boolean isCheckIn() {
    return kind == MeetingKind.CHECK_IN || kind == MeetingKind.REVIEW;
  }
}
