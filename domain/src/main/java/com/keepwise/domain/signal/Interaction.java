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

  /**
   * An interaction with what {@code interactions.csv} requires; the optional columns take the
   * contract's defaults (no time recorded, not escalated) until set on the builder.
   */
  public static Builder builder(
      String id,
      CustomerId customerId,
      Instant at,
      LocalDate day,
      Channel channel,
      Direction direction) {
    return new Builder(id, customerId, at, day, channel, direction);
  }

  /** Names each value, so a new column touches the record and its readers, not every caller. */
  public static final class Builder {
    private final String id;
    private final CustomerId customerId;
    private final Instant at;
    private final LocalDate day;
    private final Channel channel;
    private final Direction direction;
    private OptionalDouble minutes = OptionalDouble.empty();
    private boolean escalated;

    private Builder(
        String id,
        CustomerId customerId,
        Instant at,
        LocalDate day,
        Channel channel,
        Direction direction) {
      this.id = id;
      this.customerId = customerId;
      this.at = at;
      this.day = day;
      this.channel = channel;
      this.direction = direction;
    }

    public Builder minutes(OptionalDouble value) {
      minutes = value;
      return this;
    }

    public Builder escalated(boolean value) {
      escalated = value;
      return this;
    }

    /** The interaction; fails on a missing value as the record does. */
    public Interaction build() {
      return new Interaction(id, customerId, at, day, channel, direction, minutes, escalated);
    }
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
