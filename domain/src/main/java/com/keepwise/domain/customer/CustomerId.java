package com.keepwise.domain.customer;

import com.keepwise.domain.ContractMessages;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The client's own key for a customer. Any characters may occur in it, so it is never used as a
 * file name as it is.
 */
public record CustomerId(@Size(min = 1, max = MAX_LENGTH, message = ContractMessages.ID_LENGTH) String value)
    implements Comparable<CustomerId> {

  public static final int MAX_LENGTH = 128;

  public CustomerId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("customer id " + ContractMessages.ID_LENGTH);
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
