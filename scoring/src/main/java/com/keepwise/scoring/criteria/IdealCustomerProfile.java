package com.keepwise.scoring.criteria;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The ideal customer profile: the segments, industries, regions and tiers the business serves best.
 * An empty list means any value fits.
 */
public record IdealCustomerProfile(
    @NotNull(message = "is required (expected a list, empty for any)")
        @JsonPropertyDescription("Segments the business serves best; empty: any.")
        List<String> segments,
    @NotNull(message = "is required (expected a list, empty for any)")
        @JsonPropertyDescription("Industries the business serves best; empty: any.")
        List<String> industries,
    @NotNull(message = "is required (expected a list, empty for any)")
        @JsonPropertyDescription("Regions the business serves best; empty: any.")
        List<String> regions,
    @NotNull(message = "is required (expected a list, empty for any)")
        @JsonPropertyDescription("Service tiers or plans that fit the business; empty: any.")
        List<String> tiers) {

  public static IdealCustomerProfile any() {
    return new IdealCustomerProfile(List.of(), List.of(), List.of(), List.of());
  }

  /** Whether the profile names anything at all. */
  public boolean isEmpty() {
    return segments.isEmpty() && industries.isEmpty() && regions.isEmpty() && tiers.isEmpty();
  }
}
