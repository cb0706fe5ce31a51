package com.keepwise.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysTest {

  @Test
  void everyDayIsTheCalendarsDayAndOneInstanceInTheYearsDataHolds() {
    for (long day = LocalDate.of(1960, 1, 1).toEpochDay();
        day <= LocalDate.of(2110, 12, 31).toEpochDay();
        day++) {
      assertEquals(LocalDate.ofEpochDay(day), Days.of(day));
    }
    assertSame(Days.of(LocalDate.of(1970, 1, 1).toEpochDay()), Days.of(0));
    assertSame(Days.of(20_000), Days.of(20_000));
    assertSame(Days.of(LocalDate.of(2099, 12, 31).toEpochDay()), Days.of(47_481));
  }

  @Test
  void epochDayAgreesWithTheCalendarAndRefusesDaysThatDoNotExist() {
    for (LocalDate date = LocalDate.of(1599, 1, 1);
        date.isBefore(LocalDate.of(2401, 1, 1));
        date = date.plusDays(1)) {
      assertEquals(
          date.toEpochDay(),
          Days.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
    }
    assertEquals(Long.MIN_VALUE, Days.epochDay(2026, 2, 29));
    assertEquals(Long.MIN_VALUE, Days.epochDay(2026, 13, 1));
    assertEquals(Long.MIN_VALUE, Days.epochDay(2026, 4, 31));
    assertEquals(Long.MIN_VALUE, Days.epochDay(2026, 1, 0));
    assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), Days.epochDay(2024, 2, 29));
  }
}
