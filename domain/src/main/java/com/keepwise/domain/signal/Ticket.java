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

  @Override
  public SourceFile source() {
    return SourceFile.TICKETS;
  }
}
