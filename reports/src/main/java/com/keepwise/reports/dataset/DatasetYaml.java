package com.keepwise.reports.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.keepwise.domain.Problem;
import com.keepwise.domain.dataset.DatasetInfo;
import com.keepwise.reports.dataset.source.SourceSpec;
import com.keepwise.scoring.yaml.Bound;
import com.keepwise.scoring.yaml.Locations;
import com.keepwise.scoring.yaml.YamlBinder;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code dataset.yaml}: what the export says about itself, and where a client's own exports stand
 * in for contract files.
 *
 * @param asOf the review date; when absent, the latest day found in the data
 * @param sources by contract file ({@code invoices}): the export that holds its rows, and how to
 *     read it
 */
record DatasetYaml(
    @JsonPropertyDescription("Free text naming the export.") Optional<String> name,
    @JsonPropertyDescription("The currency of every amount, an ISO 4217 code. Default: EUR.")
        Optional<String> currency,
    @JsonPropertyDescription(
            "The IANA time zone of local datetimes and business hours. Default: UTC.")
        Optional<String> timezone,
    @JsonPropertyDescription("The review date. Default: the latest date found in the data.")
        Optional<LocalDate> asOf,
    @JsonPropertyDescription(
            "A client's own exports standing in for contract files, by contract file (customers,"
                + " invoices, …): the file, its dialect, its headers and value translations.")
        Optional<Map<String, @Valid SourceSpec>> sources) {

  static final String FILE_NAME = "dataset.yaml";

  static DatasetYaml defaults() {
    return new DatasetYaml(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The file as read, and where each of its keys and values is, for problems found later. */
  record Read(DatasetYaml yaml, Locations locations) {}

  /** Binds and checks the file; problems go to {@code problems}. */
  static DatasetYaml read(String text, List<Problem> problems) {
    return load(text, problems).yaml();
  }

  /**
   * Binds and checks the file; problems go to {@code problems}. With problems, the defaults are
   * used, except {@code sources:}, which is kept so that the files it names are not also looked for
   * as contract files.
   */
  static Read load(String text, List<Problem> problems) {
    if (YamlBinder.shared().isEmptyDocument(text)) {
      // Every key is optional: a file with none of them set asks for the defaults.
      return new Read(defaults(), new Locations());
    }
    Bound<DatasetYaml> bound = YamlBinder.shared().bind(FILE_NAME, text, DatasetYaml.class);
    problems.addAll(bound.problems());
    if (bound.value().isEmpty()) {
      return new Read(defaults(), bound.locations());
    }
    DatasetYaml yaml = bound.value().get();
    List<Problem> found = new ArrayList<>();
    if (yaml.currency == null || yaml.timezone == null || yaml.name == null || yaml.asOf == null) {
      return new Read(
          defaults().withSources(yaml.sources),
          bound.locations()); // a value that did not bind; its problem is already reported
    }
    yaml.currency.ifPresent(
        code -> {
          if (!code.matches("[A-Z]{3}") || !knownCurrency(code)) {
            found.add(
                problem(
                    bound,
                    "currency",
                    "'"
                        + code
                        + "' is not an ISO 4217 currency code (expected a code like SEK, EUR or JPY)"));
          }
        });
    yaml.timezone.ifPresent(
        zone -> {
          try {
            ZoneId.of(zone);
          } catch (DateTimeException e) {
            found.add(
                problem(
                    bound,
                    "timezone",
                    "'"
                        + zone
                        + "' is not an IANA time zone (expected a zone like Europe/Stockholm or UTC)"));
          }
        });
    problems.addAll(found);
    DatasetYaml read =
        found.isEmpty() && bound.problems().isEmpty() ? yaml : defaults().withSources(yaml.sources);
    return new Read(read, bound.locations());
  }

  private DatasetYaml withSources(Optional<Map<String, SourceSpec>> sources) {
    return new DatasetYaml(
        name, currency, timezone, asOf, sources == null ? Optional.empty() : sources);
  }

  /** The entries of {@code sources:}, by contract file label; empty when there are none. */
  Map<String, SourceSpec> sourceEntries() {
    return sources == null ? Map.of() : sources.orElse(Map.of());
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
