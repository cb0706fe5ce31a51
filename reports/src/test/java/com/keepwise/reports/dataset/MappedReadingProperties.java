package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.reports.generate.SyntheticDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any contract dataset, written out again as exports in random dialects — separator, decimal mark,
 * thousands separator, date and datetime patterns, column order, renamed headers, words for codes
 * and yes/no, some files as Excel sheets — with the matching {@code sources:}, reads back to the
 * same customers and signals (java.util.Random seeds: each failure names its seed).
 */
class MappedReadingProperties {

  @TempDir Path temp;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  static final String[] DATES = {
    null, "dd.MM.yyyy", "MM/dd/yyyy", "d.M.yyyy", "yyyyMMdd", "d MMM yyyy", "yyyy/MM/dd"
  };
  static final String[] DATETIMES = {
    null, "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy HH:mm:ss", "M/d/yyyy H:mm:ss", "yyyyMMdd HHmmss"
  };

  /** A random way of exporting the contract file. */
  static ExportWriter.Style style(Random random, Schema schema) {
    String extension =
        random.nextInt(5) == 0 ? ".xlsx" : List.of(".csv", ".txt", ".tsv").get(random.nextInt(3));
    ExportWriter.Style style =
        ExportWriter.Style.csv(
            "export/" + schema.file().label() + "-" + random.nextInt(100) + extension);
    if (extension.equals(".xlsx")) {
      style = style.sheet(random.nextBoolean() ? "Sheet1" : "Export " + schema.file().label());
    } else {
      char separator = extension.equals(".tsv") ? '\t' : ",;\t|".charAt(random.nextInt(4));
      style =
          random.nextBoolean() || extension.equals(".tsv")
              ? style.delimiter(separator)
              : new ExportWriter.Style(
                  style.file(),
                  separator,
                  false,
                  '.',
                  (char) 0,
                  null,
                  null,
                  Map.of(),
                  List.of(),
                  Map.of(),
                  null);
    }
    char decimal = random.nextBoolean() ? ',' : '.';
    char[] groupings = {0, ' ', '\u00A0', decimal == ',' ? '.' : ','};
    style = style.numbers(decimal, groupings[random.nextInt(groupings.length)]);
    style =
        style.dates(
            DATES[random.nextInt(DATES.length)], DATETIMES[random.nextInt(DATETIMES.length)]);
    Map<String, String> headers = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Column column : schema.columns()) {
      order.add(column.header());
      if (random.nextBoolean()) {
        headers.put(
            column.header(),
            "Fält "
                + column.ordinal()
                + " "
                + column.header().toUpperCase(Locale.ROOT).replace('_', ' '));
      }
    }
    Collections.shuffle(order, random);
    style = style.headers(headers, order);
    Map<String, Map<String, String>> values = new HashMap<>();
    for (Column column : schema.columns()) {
      if (column.type() == ColumnType.CODE && random.nextBoolean()) {
        Map<String, String> words = new HashMap<>();
        for (String code : column.codes()) {
          words.put(
              code,
              code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1).replace('_', ' '));
        }
        values.put(column.header(), words);
      } else if (column.type() == ColumnType.BOOL && random.nextInt(3) == 0) {
        values.put(column.header(), Map.of("true", "Ja", "false", "Nej"));
      }
    }
    return style.values(values);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyDatasetInAnyDialectReadsBackToTheSameSignals(long seed) throws IOException {
    Random random = new Random(seed);
    Path contract = temp.resolve("contract");
    Path mapped = temp.resolve("mapped");
    SyntheticDataset.write(contract, 10 + random.nextInt(40), seed);
    Files.createDirectories(mapped);
    try (Stream<Path> files = Files.list(contract)) {
      for (Path file : files.toList()) {
        Files.copy(file, mapped.resolve(file.getFileName()));
      }
    }
    StringBuilder sources = new StringBuilder("sources:\n");
    for (Schema schema : Sources.SCHEMAS.values()) {
      if (Files.exists(mapped.resolve(schema.file().fileName())) && random.nextInt(4) > 0) {
        sources.append(ExportWriter.write(mapped, schema, style(random, schema)));
      }
    }
    Files.writeString(
        mapped.resolve("dataset.yaml"),
        Files.readString(contract.resolve("dataset.yaml")) + sources);
    Reading expected = Reading.of(contract);
    Reading actual = Reading.of(mapped);
    assertEquals(List.of(), actual.problems(), "seed " + seed + "\n" + sources);
    assertEquals(expected.dataset().customers(), actual.dataset().customers(), "seed " + seed);
    assertEquals(
        DatasetReadingProperties.sorted(expected.signals()),
        DatasetReadingProperties.sorted(actual.signals()),
        "seed " + seed + "\n" + sources);
    // The data-quality page's rows, filled columns and range of days: read directly or as text.
    assertEquals(quality(expected.report()), quality(actual.report()), "seed " + seed);
  }

  private static List<String> quality(DatasetReport report) {
    return report.files().stream()
        .map(f -> f.file() + " " + f.rows() + " " + f.firstDay() + " " + f.lastDay())
        .toList();
  }
}
