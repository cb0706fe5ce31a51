package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.scoring.constraint.AtLeast;
import com.keepwise.scoring.constraint.Between;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** How far back the review looks, and which part of that counts as recent for the trend. */
public record ReviewPeriod(
    @NotNull(message = "is required (expected a number of months, like 12)")
        @Between(min = 1, max = 120)
        @JsonPropertyDescription("Months before the review date that the review looks at.")
        Integer windowMonths,
    @NotNull(message = "is required (expected a number of months, like 6)")
        @AtLeast(1)
        @JsonPropertyDescription(
            "The last months of the window, compared with the months before them to judge the trend.")
        Integer recentMonths) {

  @JsonIgnore
  @AssertTrue(
      message =
          "recent_months leaves no earlier part to compare with (expected recent_months less than window_months)")
  public boolean isRecentShorter() {
    return windowMonths == null || recentMonths == null || recentMonths < windowMonths;
  }
}
