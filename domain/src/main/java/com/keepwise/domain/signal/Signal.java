package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import java.time.LocalDate;

/**
 * One event row of a dataset: something a customer did, or that happened with them.
 *
 * <p>Each kind is a record named after its file.
 */
public sealed interface Signal
    permits Invoice, Ticket, Interaction, Meeting, Request, Incident, Review, Referral, Advice {

  /** The row's own id, unique within its file. */
  String id();

  CustomerId customerId();

  /** The file the event comes from. */
  SourceFile source();

  /** The day the event happened (issued, opened, at, scheduled), in the dataset's time zone. */
  LocalDate day();
}
