package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a customer is worth, by the policy's bands of the value score. */
public enum ValueBand {
  LOW,
  MEDIUM,
  HIGH;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  static ValueBand of(String code) {
    for (ValueBand band : values()) {
      if (band.code().equals(code)) {
        return band;
      }
    }
    throw new IllegalArgumentException(
        "'" + code + "' is not a value band (expected low, medium or high)");
  }
}
