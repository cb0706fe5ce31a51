package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code referrals.csv}: new business this customer sent us.
 *
 * @param converted the referral became a customer
 * @param value annual revenue it brought
 */
public record Referral(
    String id, CustomerId customerId, LocalDate at, boolean converted, Optional<Money> value)
    implements Signal {

  public Referral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public SourceFile source() {
    return SourceFile.REFERRALS;
  }

  @Override
  public LocalDate day() {
    return at;
  }
}
