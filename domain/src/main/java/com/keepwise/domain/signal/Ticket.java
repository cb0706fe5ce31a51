package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A row of {@code tickets.csv}: a support ticket.
 *
 * @param day the day it was opened, in the dataset's time zone
 * @param trivial a complaint about a trivial matter
 * @param inScope false: a request outside what the customer pays for
 * @param minutesSpent staff time spent
 */
public record Ticket(
    String id,
    CustomerId customerId,
    Instant opened,
    LocalDate day,
    Optional<Instant> closed,
    TicketPriority priority,
    Optional<String> category,
    boolean trivial,
    boolean inScope,
    OptionalDouble minutesSpent)
    implements Signal {

  public Ticket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(minutesSpent, "minutesSpent");
  }

  /**
   * A ticket with what {@code tickets.csv} requires; the optional columns take the contract's
   * defaults (still open, normal priority, no category, not trivial, in scope, no time recorded)
   * until set on the builder.
   */
  public static Builder builder(String id, CustomerId customerId, Instant opened, LocalDate day) {
    return new Builder(id, customerId, opened, day);
  }

  /** Names each value, so a new column touches the record and its readers, not every caller. */
  public static final class Builder {
    private final String id;
    private final CustomerId customerId;
    private final Instant opened;
    private final LocalDate day;
    private Optional<Instant> closed = Optional.empty();
    private TicketPriority priority = TicketPriority.NORMAL;
    private Optional<String> category = Optional.empty();
    private boolean trivial;
    private boolean inScope = true;
    private OptionalDouble minutesSpent = OptionalDouble.empty();

    private Builder(String id, CustomerId customerId, Instant opened, LocalDate day) {
      this.id = id;
      this.customerId = customerId;
      this.opened = opened;
      this.day = day;
    }

    public Builder closed(Optional<Instant> value) {
      closed = value;
      return this;
    }

    public Builder priority(TicketPriority value) {
      priority = value;
      return this;
    }

    public Builder category(Optional<String> value) {
      category = value;
      return this;
    }

    public Builder trivial(boolean value) {
      trivial = value;
      return this;
    }

    public Builder inScope(boolean value) {
      inScope = value;
      return this;
    }

    public Builder minutesSpent(OptionalDouble value) {
      minutesSpent = value;
      return this;
    }

    /** The ticket; fails on a missing value as the record does. */
    public Ticket build() {
      return new Ticket(
          id, customerId, opened, day, closed, priority, category, trivial, inScope, minutesSpent);
    }
  }

  @Override
  public SourceFile source() {
    return SourceFile.TICKETS;
  }
}
