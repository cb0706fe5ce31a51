package com.keepwise.reports.dataset;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonLocation;
import com.keepwise.domain.Problem;
import com.keepwise.domain.dataset.DatasetInfo;
import com.keepwise.scoring.yaml.Bound;
import com.keepwise.scoring.yaml.YamlBinder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * {@code dataset.yaml}: what the export says about itself.
 *
 * @param asOf the review date; when absent, the latest day found in the data
 */
record DatasetYaml(Optional<String> name, Optional<String> currency, Optional<String> timezone, Optional<LocalDate> asOf) {

  static final String FILE_NAME = "dataset.yaml";

  static DatasetYaml defaults() {
    return new DatasetYaml(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Binds and checks the file; problems go to {@code problems}. */
  static DatasetYaml read(String text, List<Problem> problems) {
    if (YamlBinder.shared().isEmptyDocument(text)) {
      return defaults(); // every key is optional: a file with none of them set asks for the defaults
    }
    Bound<DatasetYaml> bound = YamlBinder.shared().bind(FILE_NAME, text, DatasetYaml.class);
    problems.addAll(bound.problems());
    if (bound.value().isEmpty()) {
      return defaults();
    }
    DatasetYaml yaml = bound.value().get();
    List<Problem> found = new ArrayList<>();
    if (yaml.currency == null || yaml.timezone == null || yaml.name == null || yaml.asOf == null) {
      return defaults(); // a value that did not bind; its problem is already reported
    }
    yaml.currency.ifPresent(code -> {
      if (!code.matches("[A-Z]{3}") || !knownCurrency(code)) {
        found.add(problem(bound, "currency", "'" + code + "' is not an ISO 4217 currency code (expected a code like SEK, EUR or JPY)"));
      }
    });
    yaml.timezone.ifPresent(zone -> {
      try {
        ZoneId.of(zone);
      } catch (DateTimeException e) {
        found.add(problem(bound, "timezone", "'" + zone + "' is not an IANA time zone (expected a zone like Europe/Stockholm or UTC)"));
      }
    });
    problems.addAll(found);
    return found.isEmpty() && bound.problems().isEmpty() ? yaml : defaults();
  }

  private static boolean knownCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Problem problem(Bound<DatasetYaml> bound, String key, String message) {
    JsonLocation where = bound.locations().nearest(JsonPointer.compile("/" + key));
    return new Problem(FILE_NAME, where.getLineNr(), where.getColumnNr(), key + ": " + message);
  }

  /** The dataset's description, with defaults filled in and the review date given. */
  DatasetInfo info(LocalDate latestDay) {
    return new DatasetInfo(
        name.orElse(""),
        currency.map(Currency::getInstance).orElse(DatasetInfo.DEFAULT_CURRENCY),
        timeZone(),
        asOf.orElse(latestDay));
  }

  ZoneId timeZone() {
    return timezone.map(ZoneId::of).orElse(DatasetInfo.DEFAULT_TIME_ZONE);
  }
}
