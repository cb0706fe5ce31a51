package com.keepwise.domain.decision;

import java.util.List;
import java.util.Objects;

/**
 * Measured facts in words, kept as a message key and typed arguments so each locale can say them
 * its own way ("paid 5 of 8 invoices late, 41 days on average").
 *
 * <p>Arguments are {@link Long} counts, {@link Double} numbers, {@link Share}s, {@link
 * com.keepwise.domain.money.Money}, {@link java.time.LocalDate}s or {@link String}s.
 */
public record Phrase(String key, List<Object> args) {

  public Phrase {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Phrase of(String key, Object... args) {
    return new Phrase(key, List.of(args));
  }
}
