package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Signal;
import com.keepwise.domain.signal.Ticket;
import com.keepwise.domain.signal.TicketPriority;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/** {@code tickets.csv}: support tickets. */
final class TicketsFile implements EventFile {

  static final Schema SCHEMA = new Schema(SourceFile.TICKETS, "support tickets");
  static final Column TICKET_ID = SCHEMA.required("ticket_id", ColumnType.ID, "");
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF, "");
  static final Column OPENED = SCHEMA.required("opened", ColumnType.DATETIME, "");
  static final Column CLOSED = SCHEMA.optional("closed", ColumnType.DATETIME, "");
  static final Column PRIORITY =
      SCHEMA.optional("priority", TicketPriority.class, TicketPriority.NORMAL, "");
  static final Column CATEGORY = SCHEMA.optional("category", ColumnType.TEXT, "");
  static final Column TRIVIAL =
      SCHEMA.optional("trivial", false, "a complaint about a trivial matter");
  static final Column IN_SCOPE =
      SCHEMA.optional("in_scope", true, "false: a request outside what the customer pays for");
  static final Column MINUTES_SPENT =
      SCHEMA.optional("minutes_spent", ColumnType.NON_NEGATIVE_DECIMAL, "staff time spent");

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Signal parse(Row row) {
    String id = row.uniqueId(TICKET_ID);
    row.customer(CUSTOMER_ID);
    Instant opened = row.datetime(OPENED);
    Optional<Instant> closed = row.optionalDatetime(CLOSED);
    TicketPriority priority = row.code(PRIORITY, TicketPriority.class);
    Optional<String> category = row.optionalSharedText(CATEGORY);
    boolean trivial = row.bool(TRIVIAL);
    boolean inScope = row.bool(IN_SCOPE);
    OptionalDouble minutes = row.optionalNumber(MINUTES_SPENT);
    if (row.isBad()) {
      return null;
    }
    return Ticket.builder(id, row.customerId(), opened, row.dayOf(opened))
        .closed(closed)
        .priority(priority)
        .category(category)
        .trivial(trivial)
        .inScope(inScope)
        .minutesSpent(minutes)
        .build();
  }
}
