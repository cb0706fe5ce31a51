package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.keepwise.domain.Problem;
import com.keepwise.domain.dataset.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Whatever the bytes (raw, so that bad UTF-8 is fuzzed too), reading ends with located problems,
 * never with an exception. In a normal build only the seed corpus in {@code ReaderFuzzTestInputs/}
 * is replayed; to fuzz, run {@code JAZZER_FUZZ=1 ./mvnw test -pl reports
 * -Dtest='ReaderFuzzTest#…'}.
 */
class ReaderFuzzTest {

  static final String CUSTOMERS_HEADER =
      "customer_id,name,segment,customer_since,annual_revenue,high_profile,growth_potential\n";
  static final String GOOD_CUSTOMERS =
      CUSTOMERS_HEADER + "C1,One,smb,2019-05-01,100,,\nC2,\"Two, Inc\",smb,2020-01-01,5,yes,low\n";

  static Path dir;

  @BeforeAll
  static void directory() throws IOException {
    dir = Files.createTempDirectory("reader-fuzz");
    // as_of given: without it the event files are read twice, to find the latest day.
    Files.writeString(
        dir.resolve("dataset.yaml"), "timezone: Europe/Stockholm\nas_of: 2026-11-01\n");
  }

  @AfterAll
  static void clean() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void anyCustomersRowsAreReadOrReported(byte[] rows) throws IOException {
    Files.deleteIfExists(dir.resolve("invoices.csv"));
    byte[] header = CUSTOMERS_HEADER.getBytes(StandardCharsets.UTF_8);
    byte[] file = Arrays.copyOf(header, header.length + rows.length);
    System.arraycopy(rows, 0, file, header.length, rows.length);
    Files.write(dir.resolve("customers.csv"), file);
    assertReadCleanly();
  }

  @FuzzTest(maxDuration = "60s")
  void anyInvoicesCsvIsReadOrReported(byte[] invoices) throws IOException {
    Files.writeString(dir.resolve("customers.csv"), GOOD_CUSTOMERS, StandardCharsets.UTF_8);
    Files.write(dir.resolve("invoices.csv"), invoices);
    assertReadCleanly();
  }

  /**
   * Both ways of reading; every problem located and worded as the contract says; counts that add
   * up.
   */
  static void assertReadCleanly() throws IOException {
    for (boolean lenient : new boolean[] {false, true}) {
      Reading reading = Reading.of(dir, lenient);
      DatasetReport report = reading.report();
      for (Problem problem : report.problems()) {
        assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toString());
        assertTrue(
            problem.message().matches("(?s).+ \\(expected .+\\)"),
            "not in the contract's form: " + problem);
      }
      for (SourceFile file : SourceFile.values()) {
        FileSummary summary = report.file(file);
        assertTrue(summary.skipped() <= summary.rows(), summary.toString());
      }
      assertEquals(report.customers(), reading.dataset().customers().size());
      if (lenient) {
        long kept = reading.signals().size();
        FileSummary invoices = report.file(SourceFile.INVOICES);
        assertEquals(
            invoices.rows() - invoices.skipped(),
            kept,
            "every row is either kept or counted as skipped");
      }
    }
  }
}
