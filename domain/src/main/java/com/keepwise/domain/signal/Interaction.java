package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A row of {@code interactions.csv}: a call, e-mail or message.
 *
 * @param day the day it happened, in the dataset's time zone
 * @param escalated went around the normal contact, straight to managers or executives
 */
public record Interaction(
    String id,
    CustomerId customerId,
    Instant at,
    LocalDate day,
    Channel channel,
    Direction direction,
    OptionalDouble minutes,
    boolean escalated)
    implements Signal {

  public Interaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(minutes, "minutes");
  }

  @Override
  public SourceFile source() {
    return SourceFile.INTERACTIONS;
  }

  /** The customer contacted us. */
  public boolean isInbound() {
    return direction == Direction.INBOUND;
  }
}
