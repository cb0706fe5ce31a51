package com.keepwise.reports.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a contract dataset again as a client's exports, every file mapped in {@code sources:}: for
 * measuring mapped reading against contract reading on the same data ({@code MAPPED=1
 * bench/run.sh}).
 *
 * <p>One fixed dialect, the costly one: semicolons, decimal commas with spaces between thousands,
 * {@code dd.MM.yyyy} dates and datetimes, every header renamed, column order reversed, every code
 * and yes/no value translated by {@code values:}.
 *
 * <pre>java -cp reports/target/keepwise.jar:reports/target/test-classes \
 *   com.keepwise.reports.dataset.MappedBenchDataset CONTRACT_DIR MAPPED_DIR</pre>
 */
public final class MappedBenchDataset {

  private MappedBenchDataset() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: MappedBenchDataset CONTRACT_DIR MAPPED_DIR");
      System.exit(2);
    }
    write(Path.of(args[0]), Path.of(args[1]));
  }

  /** Copies {@code contract} to {@code mapped}, every contract file written as a mapped export. */
  static void write(Path contract, Path mapped) throws IOException {
    Files.createDirectories(mapped);
    try (Stream<Path> files = Files.list(contract)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(
            file,
            mapped.resolve(file.getFileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    StringBuilder sources = new StringBuilder("sources:\n");
    for (Schema schema : Sources.SCHEMAS.values()) {
      if (Files.exists(mapped.resolve(schema.file().fileName()))) {
        sources.append(ExportWriter.write(mapped, schema, style(schema)));
      }
    }
    Files.writeString(
        mapped.resolve("dataset.yaml"),
        Files.readString(contract.resolve("dataset.yaml")) + sources);
  }

  /** The dialect every file is written in. */
  static ExportWriter.Style style(Schema schema) {
    Map<String, String> headers = new HashMap<>();
    List<String> order = new ArrayList<>();
    Map<String, Map<String, String>> values = new HashMap<>();
    for (Column column : schema.columns()) {
      order.add(0, column.header());
      headers.put(column.header(), "Fält " + column.header().toUpperCase(Locale.ROOT));
      if (column.type() == ColumnType.CODE) {
        Map<String, String> words = new HashMap<>();
        for (String code : column.codes()) {
          words.put(code, code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1));
        }
        values.put(column.header(), words);
      } else if (column.type() == ColumnType.BOOL) {
        values.put(column.header(), Map.of("true", "Ja", "false", "Nej"));
      }
    }
    return ExportWriter.Style.csv("exports/" + schema.file().label() + ".csv")
        .delimiter(';')
        .numbers(',', ' ')
        .dates("dd.MM.yyyy", "dd.MM.yyyy HH:mm:ss")
        .headers(headers, order)
        .values(values);
  }
}
