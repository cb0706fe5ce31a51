package com.keepwise.domain.dataset;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/**
 * What {@code dataset.yaml} says about an export (or its defaults).
 *
 * @param name free text naming the export
 * @param currency the currency of every amount
 * @param timeZone the zone local datetimes and business hours are read in
 * @param asOf the review date
 */
public record DatasetInfo(String name, Currency currency, ZoneId timeZone, LocalDate asOf) {

  public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");
  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

  public DatasetInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(asOf, "asOf");
  }
}
