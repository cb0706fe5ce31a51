package com.keepwise.scoring.signals;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What tallying needs to know besides the rows: the review window, business hours, and the zone in
 * which an instant falls on a day.
 */
public record TallyContext(ReviewWindow window, BusinessHours hours, ZoneId zone) {

  public TallyContext {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(zone, "zone");
  }
}
