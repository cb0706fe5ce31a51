package com.keepwise.reports.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.decision.Decision;
import com.keepwise.reports.dataset.DataContract;
import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.dataset.Schema;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.scoring.policy.PolicyLoader;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated exports shaped as real systems write them: same customers, other layout. */
class ExportShapeTest {

  @TempDir static Path temp;
  static Path export;
  static Path grouped;

  @BeforeAll
  static void generate() throws IOException {
    export = temp.resolve("export");
    grouped = temp.resolve("grouped");
    SyntheticDataset.write(export, 400, 31, Shape.EXPORT);
    SyntheticDataset.write(grouped, 400, 31, Shape.GROUPED);
  }

  @Test
  void validatesAndScoresExactlyAsTheGroupedShape() throws IOException {
    DatasetReport report = Dataset.open(export).readEvents((c, s, l) -> {});
    assertEquals(List.of(), report.problems());
    assertEquals(decisions(grouped), decisions(export));
  }

  @Test
  void eventFilesAreInTimeOrderWithCustomersInterleaved() throws IOException {
    for (Schema schema : DataContract.schemas()) {
      List<CsvRecord> rows = rows(export.resolve(schema.file().fileName()));
      List<String> header = rows.get(0).getFields();
      int time = header.indexOf(firstTimeColumn(schema));
      int customer = header.indexOf("customer_id");
      long previous = Long.MIN_VALUE;
      int customerChanges = 0;
      for (int i = 1; i < rows.size(); i++) {
        long at = epochSecond(rows.get(i).getField(time));
        assertTrue(at >= previous, schema + " row " + i + " is earlier than the row before it");
        previous = at;
        if (i > 1 && !rows.get(i).getField(customer).equals(rows.get(i - 1).getField(customer))) {
          customerChanges++;
        }
      }
      if (rows.size() > 50 && !schema.file().fileName().equals("customers.csv")) {
        Set<String> customers = new HashSet<>();
        rows.subList(1, rows.size()).forEach(r -> customers.add(r.getField(customer)));
        // Interleaved: far more changes of customer than customers, which grouped rows would give.
        assertTrue(
            customerChanges > 2 * customers.size() || customers.size() > rows.size() / 3,
            schema + ": " + customerChanges + " changes for " + customers.size() + " customers");
      }
    }
  }

  @Test
  void columnsComeInTheSystemsOwnOrder() throws IOException {
    int reordered = 0;
    for (Schema schema : DataContract.schemas()) {
      List<String> header = rows(export.resolve(schema.file().fileName())).get(0).getFields();
      assertEquals(
          Set.of(schema.headers()), Set.copyOf(header), schema + " has the contract's columns");
      reordered += Arrays.asList(schema.headers()).equals(header) ? 0 : 1;
    }
    assertTrue(reordered >= DataContract.schemas().size() - 1, reordered + " files reordered");
  }

  @Test
  void timestampsHaveSecondsAndNotesRunOverLines() throws IOException {
    List<CsvRecord> interactions = rows(export.resolve("interactions.csv"));
    int at = interactions.get(0).getFields().indexOf("at");
    assertTrue(
        interactions.stream()
            .skip(1)
            .anyMatch(r -> !r.getField(at).substring(17, 19).equals("00")));
    List<CsvRecord> incidents = rows(export.resolve("incidents.csv"));
    int note = incidents.get(0).getFields().indexOf("note");
    assertTrue(incidents.stream().skip(1).anyMatch(r -> r.getField(note).contains("\n")));
    assertTrue(
        incidents.stream().skip(1).anyMatch(r -> r.getField(note).chars().anyMatch(c -> c > 0x7f)));
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    Path again = temp.resolve("again");
    SyntheticDataset.write(again, 400, 31, Shape.EXPORT);
    for (String file : SyntheticDataset.files()) {
      assertArrayEquals(
          Files.readAllBytes(export.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
    }
    assertFalse(
        Files.exists(export.resolve(".export-buckets")), "no working files are left behind");
  }

  private static List<String> decisions(Path dir) throws IOException {
    PortfolioReview review = PortfolioReview.of(Dataset.open(dir), PolicyLoader.defaultPolicy());
    List<String> decisions = new ArrayList<>();
    for (int i = 0; i < review.size(); i++) {
      Decision d = review.assess(i).decision();
      decisions.add(
          d.customerId().value()
              + " "
              + d.action()
              + " "
              + d.risk()
              + " "
              + d.value()
              + " "
              + d.rule()
              + " "
              + d.reasons().stream().map(r -> r.code().name()).toList());
    }
    return decisions;
  }

  private static String firstTimeColumn(Schema schema) {
    return schema.columns().stream()
        .filter(
            c ->
                c.type() == com.keepwise.reports.dataset.ColumnType.DATE
                    || c.type() == com.keepwise.reports.dataset.ColumnType.DATETIME)
        .findFirst()
        .orElseThrow()
        .header();
  }

  private static long epochSecond(String value) {
    if (value.length() == 10) {
      return LocalDate.parse(value).atStartOfDay(SyntheticDataset.ZONE).toEpochSecond();
    }
    if (value.length() == 19) {
      return LocalDateTime.parse(value).atZone(SyntheticDataset.ZONE).toEpochSecond();
    }
    return OffsetDateTime.parse(value).toEpochSecond();
  }

  private static List<CsvRecord> rows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in)) {
      return csv.stream().toList();
    }
  }
}
