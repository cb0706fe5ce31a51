package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The data-quality tally compares days in place, exactly as the substring it no longer cuts. */
class CompareDayTest {

  @Test
  void comparesAsTheFirstTenCharactersWould() {
    List<String> values =
        List.of(
            "2026-03-04",
            "2026-03-04T21:15:00+01:00",
            "2026-03-05",
            "2025-12-31T23:59:59Z",
            "2026-03-0x",
            "2026-03-0\u00e9 extra",
            "2026-03-0\u5ba2",
            "9999-99-99");
    for (String value : values) {
      for (String other : values) {
        String day = other.substring(0, 10);
        assertEquals(
            Integer.signum(value.substring(0, 10).compareTo(day)),
            Integer.signum(Table.compareDay(value, day)),
            value + " against " + day);
      }
    }
  }
}
