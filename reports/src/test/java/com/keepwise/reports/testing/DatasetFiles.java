package com.keepwise.reports.testing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes small datasets for tests: real CSV files, quoted as the contract says, in a directory. */
public final class DatasetFiles {

  private final Map<String, List<String[]>> files = new LinkedHashMap<>();
  private final Map<String, String[]> headers = new LinkedHashMap<>();
  private final Map<String, byte[]> raw = new LinkedHashMap<>();
  private String yaml =
      "name: Test export\ncurrency: EUR\ntimezone: Europe/Stockholm\nas_of: 2026-11-01\n";

  public DatasetFiles file(String name, String... header) {
    headers.put(name, header);
    files.put(name, new ArrayList<>());
    return this;
  }

  public DatasetFiles row(String name, String... values) {
    files.get(name).add(values);
    return this;
  }

  /** A file written byte for byte as given, instead of as CSV: for broken files. */
  public DatasetFiles raw(String name, byte[] bytes) {
    files.remove(name);
    headers.remove(name);
    raw.put(name, bytes);
    return this;
  }

  /** The same, as UTF-8 text. */
  public DatasetFiles raw(String name, String text) {
    return raw(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The text of dataset.yaml; {@code null} for none. */
  public DatasetFiles yaml(String text) {
    yaml = text;
    return this;
  }

  /** A dataset with customers.csv's full header, ready for {@link #customer}. */
  public static DatasetFiles withCustomers() {
    return new DatasetFiles()
        .file(
            "customers.csv",
            "customer_id",
            "name",
            "segment",
            "customer_since",
            "annual_revenue",
            "industry",
            "region",
            "tier",
            "owner",
            "high_profile",
            "growth_potential",
            "relationship");
  }

  public DatasetFiles customer(String id, String name, String segment, String revenue) {
    return row(
        "customers.csv",
        id,
        name,
        segment,
        "2019-05-01",
        revenue,
        "software",
        "SE",
        "standard",
        "",
        "false",
        "medium",
        "");
  }

  public Path writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (yaml != null) {
      Files.writeString(dir.resolve("dataset.yaml"), yaml, StandardCharsets.UTF_8);
    }
    for (Map.Entry<String, byte[]> file : raw.entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
    for (Map.Entry<String, List<String[]>> file : files.entrySet()) {
      try (Writer out =
              Files.newBufferedWriter(dir.resolve(file.getKey()), StandardCharsets.UTF_8);
          CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
        csv.writeRecord(headers.get(file.getKey()));
        for (String[] row : file.getValue()) {
          csv.writeRecord(row);
        }
      }
    }
    return dir;
  }
}
