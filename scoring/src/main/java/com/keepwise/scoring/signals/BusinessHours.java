package com.keepwise.scoring.signals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** When the business answers: the days and the hours, in a time zone. */
public record BusinessHours(ZoneId zone, Set<DayOfWeek> days, LocalTime open, LocalTime close) {

  public BusinessHours {
    Objects.requireNonNull(zone, "zone");
    days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(close, "close");
    if (!open.isBefore(close)) {
      throw new IllegalArgumentException(
          "business hours open " + open + " before they close " + close);
    }
  }

  /** Whether the instant falls outside the business's days and hours. */
  public boolean isOutside(Instant at) {
    ZoneRules rules = zone.getRules();
    long local = at.getEpochSecond() + rules.getOffset(at).getTotalSeconds();
    long epochDay = Math.floorDiv(local, 86_400);
    int secondOfDay = (int) Math.floorMod(local, 86_400);
    DayOfWeek day = DayOfWeek.of((int) Math.floorMod(epochDay + 3, 7) + 1);
    return !days.contains(day)
        || secondOfDay < open.toSecondOfDay()
        || secondOfDay >= close.toSecondOfDay();
  }
}
