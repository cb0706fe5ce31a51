package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code keepwise check --data DIR} on fixture datasets: a valid one passes with its summary; a
 * hostile one, broken every way the contract names, fails with every problem located and no stack
 * trace.
 */
class CheckDatasetTest {

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(CheckDatasetTest.class.getResource("datasets/" + name).toURI());
  }

  @Test
  void aValidDatasetPassesWithItsSummary() throws URISyntaxException {
    Path dir = fixture("valid");
    CliRun run = CliRun.of("check", "--data", dir.toString());
    assertEquals("", run.err());
    assertEquals(ExitCodes.SUCCESS, run.exit());
    assertEquals(
        List.of(
            "Dataset "
                + dir
                + " (Fixture AB): currency SEK, time zone Europe/Stockholm, review date 2026-11-01",
            "  customers.csv                3 rows",
            "  invoices.csv                 2 rows",
            "  tickets.csv                  1 row",
            "  interactions.csv        absent",
            "  meetings.csv            absent",
            "  requests.csv            absent",
            "  incidents.csv                1 row",
            "  reviews.csv             absent",
            "  referrals.csv           absent",
            "  advice.csv              absent",
            "3 customers; days from 2019-05-01 to 2026-09-14",
            "note: interactions.csv is not in the dataset: none of its events are counted",
            "note: meetings.csv is not in the dataset: none of its events are counted",
            "note: requests.csv is not in the dataset: none of its events are counted",
            "note: reviews.csv is not in the dataset: none of its events are counted",
            "note: referrals.csv is not in the dataset: none of its events are counted",
            "note: advice.csv is not in the dataset: none of its events are counted",
            "0 problems"),
        run.out().lines().toList());
  }

  @Test
  void aHostileDatasetFailsWithEveryProblemLocated() throws URISyntaxException {
    Path dir = fixture("hostile");
    CliRun run = CliRun.of("check", "--data", dir.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertEquals(
        List.of(
            // A file that cannot be read at all comes first: it stops the run, lenient or not.
            "tickets.csv:1:1: missing required column opened (expected the columns ticket_id, customer_id, opened)",
            "customers.csv:3:4: customer_since '2021-02-30' is not a date (expected a date like 2026-03-04)",
            "customers.csv:4:1: customer_id 'C1' is already used on line 2 (expected an id unique within the file)",
            "customers.csv:5:4: the row ends after 3 fields (expected 6, as in the header)",
            "customers.csv:6:2: name has bytes that are not UTF-8 (expected UTF-8 text)",
            "customers.csv:9:6: notes has bytes that are not UTF-8 (expected UTF-8 text)",
            "invoices.csv:3:2: customer_id 'C9' is not in customers.csv (expected the customer_id of a row of customers.csv)",
            "invoices.csv:4:1: invoice_id 'I1' is already used on line 2 (expected an id unique within the file)",
            "invoices.csv:5:3: issued '2026-13-01' is not a date (expected a date like 2026-03-04)",
            "invoices.csv:6:6: the row has 6 fields (expected 5, as in the header)",
            "invoices.csv:7:1: a quoted field is never closed (expected a closing \" before the end of the file)",
            "meetings.csv:2:3: scheduled '+999999999-12-31T23:59:59' is not a datetime"
                + " (expected a datetime like 2026-03-04T21:15:00 or 2026-03-04T21:15:00+01:00)",
            "meetings.csv:3:2: customer_id 'C2' belongs to a customer row that has problems"
                + " (expected the customer_id of a row of customers.csv)",
            "meetings.csv:3:3: scheduled '2026-05-01T10:00:00+18:30' is not a datetime"
                + " (expected a datetime like 2026-03-04T21:15:00 or 2026-03-04T21:15:00+01:00)",
            "meetings.csv:4:2: customer_id 'C3' belongs to a customer row that has problems"
                + " (expected the customer_id of a row of customers.csv)"),
        run.err().lines().toList());
    List<String> out = run.out().lines().toList();
    assertEquals("  customers.csv                7 rows (5 with problems)", out.get(1));
    assertEquals("  invoices.csv                 6 rows (5 with problems)", out.get(2));
    assertEquals("  meetings.csv                 3 rows (3 with problems)", out.get(5));
    assertEquals("15 problems", out.get(out.size() - 1));
  }
}
