package com.keepwise.domain.customer;

import java.util.Objects;

/**
 * The client's own key for a customer. Any characters may occur in it, so it is never used as a
 * file name as it is.
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  public static final int MAX_LENGTH = 128;

  public CustomerId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a customer id is 1 to " + MAX_LENGTH + " characters");
    }
  }

  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
