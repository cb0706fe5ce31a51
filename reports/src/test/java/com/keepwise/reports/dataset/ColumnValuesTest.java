package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Incident;
import com.keepwise.domain.signal.Invoice;
import com.keepwise.domain.signal.Review;
import com.keepwise.domain.signal.Ticket;
import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each column type of the contract as a user meets it: good values read as meant, a bad value
 * reported at its row and column with what was expected.
 */
class ColumnValuesTest {

  @TempDir Path temp;

  static final String DATETIME =
      "(expected a datetime like 2026-03-04T21:15:00 or 2026-03-04T21:15:00+01:00)";
  static final String DECIMAL = "(expected a plain decimal like 1200.50)";

  static DatasetFiles oneCustomer() {
    return DatasetFiles.withCustomers().customer("C1", "One", "smb", "100");
  }

  static DatasetFiles invoice(String issued, String due, String amount) {
    return oneCustomer()
        .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount")
        .row("invoices.csv", "I1", "C1", issued, due, amount);
  }

  static DatasetFiles ticket(String opened) {
    return oneCustomer()
        .file("tickets.csv", "ticket_id", "customer_id", "opened")
        .row("tickets.csv", "T1", "C1", opened);
  }

  Reading read(DatasetFiles files) throws IOException {
    return Reading.of(files.writeTo(temp.resolve("d" + System.nanoTime())));
  }

  List<String> problems(DatasetFiles files) throws IOException {
    return read(files).problems();
  }

  @Test
  void aCustomerIsReadWithEveryColumn() throws IOException {
    Reading reading =
        read(
            new DatasetFiles()
                .file(
                    "customers.csv",
                    "relationship",
                    "growth_potential",
                    "high_profile",
                    "owner",
                    "tier",
                    "region",
                    "industry",
                    "annual_revenue",
                    "customer_since",
                    "segment",
                    "name",
                    "customer_id")
                .row(
                    "customers.csv",
                    "long_standing",
                    "high",
                    "YES",
                    "Anna Lind",
                    "gold",
                    "SE",
                    "retail",
                    "1200.50",
                    "2019-05-01",
                    "smb",
                    "Acme, \"Best\" AB",
                    "C/1 ;\"x\""));
    assertEquals(List.of(), reading.problems());
    Customer c = reading.dataset().customers().get(0);
    assertEquals("C/1 ;\"x\"", c.id().value(), "any characters may occur in an id");
    assertEquals("Acme, \"Best\" AB", c.name());
    assertEquals("smb", c.segment());
    assertEquals(LocalDate.of(2019, 5, 1), c.customerSince());
    assertEquals(Money.of(new java.math.BigDecimal("1200.50")), c.annualRevenue());
    assertEquals(Optional.of("retail"), c.industry());
    assertEquals(Optional.of("SE"), c.region());
    assertEquals(Optional.of("gold"), c.tier());
    assertEquals(Optional.of("Anna Lind"), c.owner());
    assertEquals(true, c.highProfile());
    assertEquals(Optional.of(GrowthPotential.HIGH), c.growthPotential());
    assertEquals(Relationship.LONG_STANDING, c.relationship());
  }

  @Test
  void optionalColumnsMayBeLeftOutOrEmpty() throws IOException {
    Reading reading =
        read(
            new DatasetFiles()
                .file(
                    "customers.csv",
                    "customer_id",
                    "name",
                    "segment",
                    "customer_since",
                    "annual_revenue",
                    "high_profile")
                .row("customers.csv", "C1", "One", "smb", "2019-05-01", "0", ""));
    assertEquals(List.of(), reading.problems());
    Customer c = reading.dataset().customers().get(0);
    assertEquals(Optional.empty(), c.industry());
    assertEquals(false, c.highProfile());
    assertEquals(Optional.empty(), c.growthPotential());
    assertEquals(Relationship.STANDARD, c.relationship());
  }

  @Test
  void aRequiredValueMustBeThere() throws IOException {
    assertEquals(
        List.of(
            "customers.csv:2:1: customer_id is required (expected text of 1 to 128 characters)",
            "customers.csv:2:2: name is required (expected text)",
            "customers.csv:2:3: segment is required (expected text)",
            "customers.csv:2:4: customer_since is required (expected a date like 2026-03-04)",
            "customers.csv:2:5: annual_revenue is required " + DECIMAL),
        problems(
            DatasetFiles.withCustomers()
                .row("customers.csv", "", "", "", "", "", "", "", "", "", "", "", "")));
  }

  @Test
  void anIdIsOneTo128Characters() throws IOException {
    String id = "x".repeat(129);
    assertEquals(
        List.of(
            "customers.csv:2:1: customer_id '"
                + "x".repeat(40)
                + "…' must be 1 to 128 characters"
                + " (expected text of 1 to 128 characters)"),
        problems(DatasetFiles.withCustomers().customer(id, "One", "smb", "1")));
    assertEquals(
        List.of(),
        problems(DatasetFiles.withCustomers().customer("x".repeat(128), "One", "smb", "1")));
    assertEquals(
        List.of(
            "invoices.csv:2:1: invoice_id '"
                + "y".repeat(40)
                + "…' must be 1 to 128 characters"
                + " (expected text of 1 to 128 characters)"),
        problems(
            oneCustomer()
                .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount")
                .row("invoices.csv", "y".repeat(129), "C1", "2026-01-01", "2026-01-01", "1")));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-02-30",
    "2026-13-01",
    "2026-3-4",
    "04.03.2026",
    "2026-03-04T10:00:00",
    "'2026-03-04 '"
  })
  void aDateIsYearMonthDay(String value) throws IOException {
    assertEquals(
        List.of(
            "invoices.csv:2:3: issued '"
                + value
                + "' is not a date (expected a date like 2026-03-04)"),
        problems(invoice(value, "2026-03-31", "5")));
  }

  @Test
  void aDueDateIsOnOrAfterIssued() throws IOException {
    assertEquals(
        List.of(
            "invoices.csv:2:4: due '2026-02-28' must be on or after issued (expected a date on or after 2026-03-01)"),
        problems(invoice("2026-03-01", "2026-02-28", "5")));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-04 10:00:00",
    "2026-03-04T25:00:00",
    "2026-03-04T10:00:00+18:30",
    "+999999999-12-31T23:59:59",
    "+999999999-12-31T23:59:59Z",
    "2026-03-04",
    "yesterday"
  })
  void aDatetimeIsIsoWithOrWithoutAnOffset(String value) throws IOException {
    assertEquals(
        List.of("tickets.csv:2:3: opened '" + value + "' is not a datetime " + DATETIME),
        problems(ticket(value)));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-04T23:30:00+01:00, 2026-03-04T22:30:00Z, 2026-03-04",
    "2026-03-04T23:30:00Z, 2026-03-04T23:30:00Z, 2026-03-05", // past midnight in Stockholm
    "2026-03-04T23:30:00, 2026-03-04T22:30:00Z, 2026-03-04", // local: read in the dataset's zone
    "2026-03-29T02:30:00, 2026-03-29T01:30:00Z, 2026-03-29", // in the spring gap: as 03:30+02:00
    "2026-10-25T02:30:00, 2026-10-25T00:30:00Z, 2026-10-25"
  }) // in the autumn overlap: the earlier, +02:00
  void aDatetimeIsAnInstantAndADayInTheDatasetsTimeZone(String value, Instant at, LocalDate day)
      throws IOException {
    Reading reading = read(ticket(value)); // dataset.yaml: timezone Europe/Stockholm
    assertEquals(List.of(), reading.problems());
    Ticket ticket = reading.signals(Ticket.class).get(0);
    assertEquals(at, ticket.opened());
    assertEquals(day, ticket.day());
  }

  @Test
  void localDatetimesAreReadInTheTimeZoneOfDatasetYaml() throws IOException {
    Reading reading = read(ticket("2026-03-04T23:30:00").yaml("timezone: Asia/Tokyo\n"));
    assertEquals(
        Instant.parse("2026-03-04T14:30:00Z"), reading.signals(Ticket.class).get(0).opened());
  }

  @ParameterizedTest
  @CsvSource({"'1,200.50'", "1 200", "1e3", "€5", "5 SEK", "ten", "0x10", "'5 '", "1.2.3"})
  void aDecimalIsPlain(String value) throws IOException {
    assertEquals(
        List.of("invoices.csv:2:5: amount '" + value + "' is not a plain decimal " + DECIMAL),
        problems(invoice("2026-03-01", "2026-03-31", value)));
  }

  @Test
  void aDecimalHasAtMost14DigitsBeforeThePoint() throws IOException {
    assertEquals(
        List.of(
            "invoices.csv:2:5: amount '123456789012345' is too large"
                + " (expected a plain decimal with at most 14 digits before the point)"),
        problems(invoice("2026-03-01", "2026-03-31", "123456789012345")));
    Reading leadingZeros = read(invoice("2026-03-01", "2026-03-31", "00000000000000000012.5"));
    assertEquals(List.of(), leadingZeros.problems());
    assertEquals(
        Money.of(new java.math.BigDecimal("12.5")),
        leadingZeros.signals(Invoice.class).get(0).amount());
  }

  @Test
  void amountsAreInRange() throws IOException {
    assertEquals(
        List.of("invoices.csv:2:5: amount '0' must be more than zero " + DECIMAL),
        problems(invoice("2026-03-01", "2026-03-31", "0")));
    assertEquals(
        List.of("customers.csv:2:5: annual_revenue '-0.01' must be zero or more " + DECIMAL),
        problems(DatasetFiles.withCustomers().customer("C1", "One", "smb", "-0.01")));
    assertEquals(
        List.of("tickets.csv:2:4: minutes_spent '-1' must be zero or more " + DECIMAL),
        problems(
            oneCustomer()
                .file("tickets.csv", "ticket_id", "customer_id", "opened", "minutes_spent")
                .row("tickets.csv", "T1", "C1", "2026-03-01T10:00:00Z", "-1")));
  }

  @ParameterizedTest
  @CsvSource({"maybe", "y", "2", "on", "ja"})
  void aBooleanIsTrueFalseYesNoOrOneZero(String value) throws IOException {
    assertEquals(
        List.of(
            "customers.csv:2:10: high_profile '"
                + value
                + "' is not a yes/no value (expected true/false, yes/no or 1/0)"),
        problems(
            DatasetFiles.withCustomers()
                .row(
                    "customers.csv",
                    "C1",
                    "One",
                    "smb",
                    "2019-05-01",
                    "1",
                    "",
                    "",
                    "",
                    "",
                    value,
                    "",
                    "")));
  }

  @ParameterizedTest
  @CsvSource({"TRUE, true", "Yes, true", "1, true", "False, false", "NO, false", "0, false"})
  void booleansAreReadInAnyCase(String value, boolean expected) throws IOException {
    Reading reading =
        read(
            DatasetFiles.withCustomers()
                .row(
                    "customers.csv",
                    "C1",
                    "One",
                    "smb",
                    "2019-05-01",
                    "1",
                    "",
                    "",
                    "",
                    "",
                    value,
                    "",
                    ""));
    assertEquals(expected, reading.dataset().customers().get(0).highProfile());
  }

  @Test
  void severityAndRatingAreWholeNumbersFromOneToFive() throws IOException {
    DatasetFiles files =
        oneCustomer()
            .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity")
            .row("incidents.csv", "X1", "C1", "2026-03-01", "rudeness", "three")
            .row("incidents.csv", "X2", "C1", "2026-03-01", "rudeness", "7")
            .row("incidents.csv", "X3", "C1", "2026-03-01", "rudeness", "2.5")
            .file("reviews.csv", "review_id", "customer_id", "at", "channel", "rating")
            .row("reviews.csv", "V1", "C1", "2026-03-01", "social", "0")
            .row("reviews.csv", "V2", "C1", "2026-03-01", "social", "-1");
    assertEquals(
        List.of(
            "incidents.csv:2:5: severity 'three' is not a whole number (expected a whole number from 1 to 5)",
            "incidents.csv:3:5: severity '7' must be between 1 and 5 (expected a whole number from 1 to 5)",
            "incidents.csv:4:5: severity '2.5' is not a whole number (expected a whole number from 1 to 5)",
            "reviews.csv:2:5: rating '0' must be between 1 and 5 (expected a whole number from 1 to 5)",
            "reviews.csv:3:5: rating '-1' must be between 1 and 5 (expected a whole number from 1 to 5)"),
        problems(files));
  }

  @Test
  void severityAndRatingHaveTheirDefaults() throws IOException {
    Reading reading =
        read(
            oneCustomer()
                .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity")
                .row("incidents.csv", "X1", "C1", "2026-03-01", "rudeness", "")
                .row("incidents.csv", "X2", "C1", "2026-03-01", "threat", "5")
                .file("reviews.csv", "review_id", "customer_id", "at", "channel", "rating")
                .row("reviews.csv", "V1", "C1", "2026-03-01", "social", "2")
                .row("reviews.csv", "V2", "C1", "2026-03-01", "social", ""));
    assertEquals(List.of(), reading.problems());
    assertEquals(
        List.of(3, 5),
        reading.signals(Incident.class).stream()
            .sorted(java.util.Comparator.comparing(Incident::id))
            .map(Incident::severity)
            .toList());
    List<Review> reviews =
        reading.signals(Review.class).stream()
            .sorted(java.util.Comparator.comparing(Review::id))
            .toList();
    assertEquals(OptionalInt.of(2), reviews.get(0).rating());
    assertEquals(true, reviews.get(0).negative(), "negative when rating ≤ 2");
    assertEquals(OptionalInt.empty(), reviews.get(1).rating());
  }

  @Test
  void aCodeIsOneOfTheListedCodesExactly() throws IOException {
    DatasetFiles files =
        DatasetFiles.withCustomers()
            .row(
                "customers.csv",
                "C1",
                "One",
                "smb",
                "2019-05-01",
                "1",
                "",
                "",
                "",
                "",
                "",
                "huge",
                "Personal")
            .customer("C2", "Two", "smb", "1")
            .file("meetings.csv", "meeting_id", "customer_id", "scheduled", "kind", "outcome")
            .row("meetings.csv", "M1", "C2", "2026-03-01T10:00:00Z", "check-in", "Held")
            .row("meetings.csv", "M2", "C2", "2026-03-01T10:00:00Z", "", "");
    assertEquals(
        List.of(
            "customers.csv:2:11: growth_potential 'huge' is not allowed (expected none/low/medium/high)",
            "customers.csv:2:12: relationship 'Personal' is not allowed (expected standard/long_standing/personal)",
            "meetings.csv:2:4: kind 'check-in' is not allowed (expected check_in/review/onboarding/other)",
            "meetings.csv:2:5: outcome 'Held' is not allowed (expected held/no_show/cancelled_late/cancelled/declined)",
            "meetings.csv:3:5: outcome is required (expected held/no_show/cancelled_late/cancelled/declined)"),
        problems(files));
  }

  @Test
  void aBadValueIsQuotedWithItsControlCharactersVisible() throws IOException {
    assertEquals(
        List.of("invoices.csv:2:5: amount '1\\n2\\t\\u0007' is not a plain decimal " + DECIMAL),
        problems(invoice("2026-03-01", "2026-03-31", "1\n2\t\u0007")));
  }

  @Test
  void everyProblemOfARowIsReportedNotJustTheFirst() throws IOException {
    assertEquals(
        List.of(
            "invoices.csv:2:2: customer_id 'C9' is not in customers.csv (expected the customer_id of a row of customers.csv)",
            "invoices.csv:2:3: issued 'soon' is not a date (expected a date like 2026-03-04)",
            "invoices.csv:2:4: due 'later' is not a date (expected a date like 2026-03-04)",
            "invoices.csv:2:5: amount 'ten' is not a plain decimal " + DECIMAL),
        problems(
            oneCustomer()
                .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount")
                .row("invoices.csv", "I1", "C9", "soon", "later", "ten")));
  }
}
