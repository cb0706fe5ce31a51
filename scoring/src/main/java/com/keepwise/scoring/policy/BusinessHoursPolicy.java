package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.scoring.signals.BusinessHours;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** When the business answers; contacts outside these hours count as after hours. */
public record BusinessHoursPolicy(
    @JsonPropertyDescription(
            "IANA time zone of the business hours; the dataset's time zone when absent.")
        Optional<ZoneId> timeZone,
    @NotEmpty(
            message =
                "is required (expected the days, like [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY])")
        @JsonPropertyDescription("Working days.")
        List<DayOfWeek> days,
    @NotNull(message = "is required (expected a time like 08:00)")
        @JsonPropertyDescription("Opening time, like 08:00.")
        LocalTime open,
    @NotNull(message = "is required (expected a time like 17:00)")
        @JsonPropertyDescription("Closing time, like 17:00.")
        LocalTime close) {

  @JsonIgnore
  @AssertTrue(message = "close before they open (expected open earlier than close)")
  public boolean isOpenBeforeClose() {
    return open == null || close == null || open.isBefore(close);
  }

  /** The business hours, in the given zone unless the policy names one. */
  public BusinessHours in(ZoneId datasetZone) {
    return new BusinessHours(
        timeZone.orElse(datasetZone), java.util.EnumSet.copyOf(days), open, close);
  }
}
