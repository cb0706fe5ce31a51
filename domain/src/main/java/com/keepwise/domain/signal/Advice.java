package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A row of {@code advice.csv}: a recommendation we gave, and whether it was followed. */
public record Advice(
    String id, CustomerId customerId, LocalDate at, Optional<String> topic, AdviceFollowed followed)
    implements Signal {

  public Advice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(followed, "followed");
  }

  @Override
  public SourceFile source() {
    return SourceFile.ADVICE;
  }

  @Override
  public LocalDate day() {
    return at;
  }
}
