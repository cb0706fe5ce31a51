package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code requests.csv}: a commercial or scope request.
 *
 * @param inScope the contract already covers it
 * @param amount money asked for or conceded
 */
public record Request(
    String id,
    CustomerId customerId,
    LocalDate at,
    RequestKind kind,
    boolean inScope,
    Optional<Boolean> granted,
    Optional<Money> amount)
    implements Signal {

  public Request {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(amount, "amount");
  }

  @Override
  public SourceFile source() {
    return SourceFile.REQUESTS;
  }

  @Override
  public LocalDate day() {
    return at;
  }

  /** A concession: granted, and not something the contract already covered. */
  public boolean isConcession() {
    return granted.orElse(false) && !inScope;
  }
}
