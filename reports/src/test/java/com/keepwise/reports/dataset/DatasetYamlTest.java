package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.dataset.DatasetInfo;
import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dataset.yaml: optional, every key optional, every mistake located; no file or an empty one means
 * the defaults.
 */
class DatasetYamlTest {

  @TempDir Path temp;

  Reading read(String yaml) throws IOException {
    return Reading.of(
        DatasetFiles.withCustomers()
            .customer("C1", "One", "smb", "1")
            .yaml(yaml)
            .writeTo(temp.resolve("d" + System.nanoTime())));
  }

  @Test
  void everyKeyIsRead() throws IOException {
    Reading reading =
        read(
            "name: Acme AB customer export\ncurrency: SEK\ntimezone: Europe/Stockholm\nas_of: 2026-11-01\n");
    assertEquals(List.of(), reading.problems());
    DatasetInfo info = reading.report().info();
    assertEquals("Acme AB customer export", info.name());
    assertEquals(Currency.getInstance("SEK"), info.currency());
    assertEquals(ZoneId.of("Europe/Stockholm"), info.timeZone());
    assertEquals(LocalDate.of(2026, 11, 1), info.asOf());
    assertEquals(List.of(), asOfNotices(reading), "an as_of after the data says nothing");
  }

  @Test
  void anAsOfBeforeTheLatestDaySaysWhatIsLeftOut() throws IOException {
    // A year's typo: the invoices of 2026 would leave the review without a word.
    Reading reading =
        Reading.of(
            DatasetFiles.withCustomers()
                .customer("C1", "One", "smb", "1")
                .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount")
                .row("invoices.csv", "I1", "C1", "2026-09-01", "2026-10-01", "100")
                .yaml("as_of: 2020-11-01\n")
                .writeTo(temp.resolve("typo")));
    assertEquals(List.of(), reading.problems());
    assertEquals(
        List.of(
            "dataset.yaml gives as_of 2020-11-01, before the latest day in the data, 2026-09-01:"
                + " the review sees the data as it stood on as_of, and what happened after it does"
                + " not count"),
        asOfNotices(reading));
  }

  @Test
  void anAsOfBeforeEveryDaySaysNothingCounts() throws IOException {
    Reading reading = read("as_of: 0001-01-01\n");
    assertEquals(List.of(), reading.problems());
    assertEquals(
        List.of(
            "dataset.yaml gives as_of 0001-01-01, before every day in the data (2019-05-01 to"
                + " 2019-05-01): the review counts nothing that happened; is it the review date?"),
        asOfNotices(reading));
  }

  private static List<String> asOfNotices(Reading reading) {
    return reading.report().notices().stream().filter(n -> n.contains("as_of")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "# nothing set yet\n# currency: SEK\n", "---\n"})
  void anEmptyOrCommentedOutFileMeansTheDefaults(String yaml) throws IOException {
    Reading reading = read(yaml);
    assertEquals(List.of(), reading.problems());
    assertDefaults(reading.report().info());
  }

  @Test
  void noFileMeansTheDefaultsAndTheLatestDayAsTheReviewDate() throws IOException {
    Reading reading = read(null);
    assertEquals(List.of(), reading.problems());
    assertDefaults(reading.report().info());
    assertEquals(
        List.of(
            "dataset.yaml gives no as_of: the review date is the latest day in the data, 2019-05-01"),
        reading.report().notices().stream().filter(n -> n.startsWith("dataset.yaml")).toList());
  }

  static void assertDefaults(DatasetInfo info) {
    assertEquals("", info.name());
    assertEquals(Currency.getInstance("EUR"), info.currency());
    assertEquals(ZoneId.of("UTC"), info.timeZone());
    assertEquals(LocalDate.of(2019, 5, 1), info.asOf(), "the latest day in the data");
  }

  @Test
  void everyMistakeIsLocated() throws IOException {
    assertEquals(
        List.of(
            "dataset.yaml:2:11: currency: 'sek' is not an ISO 4217 currency code (expected a code like SEK, EUR or JPY)",
            "dataset.yaml:3:11: timezone: 'Europe/Gothenburg' is not an IANA time zone (expected a zone like Europe/Stockholm or UTC)"),
        read("name: Acme\ncurrency: sek\ntimezone: Europe/Gothenburg\n").problems());
    assertEquals(
        List.of(
            "dataset.yaml:2:1: unknown key 'curency'"
                + " (expected one of as_of, currency, name, sources, timezone; did you mean 'currency'?)"),
        read("name: Acme\ncurency: SEK\n").problems());
    assertEquals(
        List.of(
            "dataset.yaml:1:8: as_of: '2026-13-01' is not allowed here (expected a date like 2026-11-01)"),
        read("as_of: 2026-13-01\n").problems());
    assertEquals(
        List.of(
            "dataset.yaml:1:8: as_of: '1 November' is not allowed here (expected a date like 2026-11-01)"),
        read("as_of: 1 November\n").problems());
    assertEquals(
        List.of(
            "dataset.yaml:1:1: a list is not allowed here (expected a mapping of keys to values)"),
        read("- name\n- currency\n").problems());
    assertEquals(
        List.of("dataset.yaml:1:7: name: a list is not allowed here (expected text)"),
        read("name: [Acme, AB]\n").problems());
    assertEquals(
        List.of("dataset.yaml:2:5: the key 'name' appears twice (expected each key once)"),
        read("name: Acme\nname: Acme AB\n").problems());
    assertEquals(
        List.of(
            "dataset.yaml:1:5: not valid YAML: while scanning a quoted scalar"
                + " (expected YAML: key: value lines, quotes closed)"),
        read("name: 'Acme\n").problems());
  }

  @Test
  void anchorsAndAliasesAreRefused() throws IOException {
    // Jackson drops the anchors of scalars: without a check of its own, &n would pass unseen.
    assertEquals(
        List.of(
            "dataset.yaml:1:7: name: anchors (&name) are not allowed (expected the value written out)"),
        read("name: &n Acme\ntimezone: UTC\n").problems());
    assertEquals(
        List.of(
            "dataset.yaml:1:7: name: anchors (&name) are not allowed (expected the value written out)",
            "dataset.yaml:2:11: currency: aliases (*name) are not allowed (expected the value written out)"),
        read("name: &n Acme\ncurrency: *n\n").problems());
  }

  @Test
  void bytesThatAreNotUtf8AreAProblem() throws IOException {
    Path dir =
        DatasetFiles.withCustomers().customer("C1", "One", "smb", "1").writeTo(temp.resolve("bad"));
    Files.write(
        dir.resolve("dataset.yaml"), "name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(
        List.of("dataset.yaml:1:1: has bytes that are not UTF-8 (expected UTF-8 text)"),
        Reading.of(dir).problems());
  }
}
