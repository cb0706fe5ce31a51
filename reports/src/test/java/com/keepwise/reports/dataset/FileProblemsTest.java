package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file that cannot be read at all — a required column missing or misnamed, a header written with
 * another separator — is one problem, named with its likely cause, that stops lenient reads too;
 * what follows from it is said in one line, not once per row.
 */
class FileProblemsTest {

  @TempDir Path temp;

  static final String EXPECTED_COLUMNS =
      " (expected the columns customer_id, name, segment, customer_since, annual_revenue)";
  static final String INVOICES =
      "invoice_id,customer_id,issued,due,amount\n"
          + "I1,C1,2026-01-01,2026-01-31,5\n"
          + "I2,C2,2026-01-01,2026-01-31,5\n"
          + "I3,C1,2026-01-01,2026-01-31,5\n";

  Reading read(DatasetFiles files, boolean lenient) throws IOException {
    return Reading.of(files.writeTo(temp.resolve("d" + System.nanoTime())), lenient);
  }

  static DatasetFiles customers(String header, String separator) {
    return new DatasetFiles()
        .raw(
            "customers.csv",
            header
                + "\n"
                + String.join(separator, "C1", "One", "smb", "2019-05-01", "100")
                + "\n"
                + String.join(separator, "C2", "Two", "smb", "2019-05-01", "200")
                + "\n");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aMisnamedRequiredColumnIsOneProblemWithItsLikelyNameAndItsFollowOnsOneLine(boolean lenient)
      throws IOException {
    Reading reading =
        read(
            customers("customer_id,name,segment,customer_since,revenue", ",")
                .raw("invoices.csv", INVOICES),
            lenient);
    assertEquals(
        List.of(
            "customers.csv:1:1: missing required column annual_revenue: column 5 is 'revenue', did you mean 'annual_revenue'?"
                + EXPECTED_COLUMNS,
            "customers.csv:1:1: cannot be read, so the customer_id of 3 rows in invoices.csv were not checked"
                + " (expected a readable customers.csv)"),
        reading.problems());
    assertTrue(reading.report().unreadableFiles(), "stops the run, lenient or not");
    assertEquals(List.of(), reading.signals(), "no event of an unknown customer is read");
  }

  @Test
  void theCauseComesFirstAndRealProblemsOfTheOtherFilesAreStillListed() throws IOException {
    Reading reading =
        read(
            new DatasetFiles()
                .raw(
                    "customers.csv",
                    "id,name,segment,customer_since,annual_revenue\nC1,One,smb,2019-05-01,1\n")
                .raw("invoices.csv", INVOICES + "I4,C1,2026-13-01,2026-01-31,5\n")
                .raw("advice.csv", "advice_id,customer_id,at,followed\nA1,C1,2026-01-01,no\n"),
            false);
    assertEquals(
        List.of(
            "customers.csv:1:1: missing required column customer_id: column 1 is 'id', did you mean 'customer_id'?"
                + EXPECTED_COLUMNS,
            "customers.csv:1:1: cannot be read, so the customer_id of 5 rows in invoices.csv, advice.csv were not checked"
                + " (expected a readable customers.csv)",
            "invoices.csv:5:3: issued '2026-13-01' is not a date (expected a date like 2026-03-04)"),
        reading.problems());
  }

  @Test
  void aMissingCustomersFileIsFatalAndItsFollowOnsOneLine() throws IOException {
    Reading reading = read(new DatasetFiles().raw("invoices.csv", INVOICES), true);
    assertTrue(reading.report().unreadableFiles());
    assertEquals(2, reading.problems().size(), reading.problems().toString());
    assertTrue(
        reading.problems().get(0).startsWith("customers.csv:1:1: the file is missing"),
        reading.problems().get(0));
    assertTrue(
        reading
            .problems()
            .get(1)
            .contains("the customer_id of 3 rows in invoices.csv were not checked"));
  }

  @Test
  void aMissingColumnOfAnEventFileStopsALenientReadToo() throws IOException {
    Reading reading =
        read(
            customers("customer_id,name,segment,customer_since,annual_revenue", ",")
                .raw(
                    "invoices.csv",
                    "invoice_id,customer_id,issued,due,sum\nI1,C1,2026-01-01,2026-01-31,5\n"),
            true);
    assertEquals(
        List.of(
            "invoices.csv:1:1: missing required column amount"
                + " (expected the columns invoice_id, customer_id, issued, due, amount)"),
        reading.problems());
    assertTrue(reading.report().unreadableFiles());
  }

  @Test
  void rowProblemsAloneLetALenientReadGoOn() throws IOException {
    Reading reading =
        read(
            customers("customer_id,name,segment,customer_since,annual_revenue", ",")
                .raw("invoices.csv", INVOICES + "I4,C9,2026-01-01,2026-01-31,5\n"),
            true);
    assertEquals(
        List.of(
            "invoices.csv:5:2: customer_id 'C9' is not in customers.csv"
                + " (expected the customer_id of a row of customers.csv)"),
        reading.problems());
    assertFalse(reading.report().unreadableFiles());
    assertEquals(3, reading.signals().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {";", "\t"})
  void aFileSeparatedBySemicolonsOrTabsIsNamedSo(String separator) throws IOException {
    String header =
        String.join(
            separator, "customer_id", "name", "segment", "customer_since", "annual_revenue");
    Reading reading = read(customers(header, separator).raw("invoices.csv", INVOICES), true);
    assertEquals(
        "customers.csv:1:1: the columns are separated by "
            + (separator.equals(";") ? "semicolons" : "tabs")
            + " (expected commas: save the file as CSV with commas between the columns)",
        reading.problems().get(0));
    assertEquals(
        2,
        reading.problems().size(),
        "the cause, and its follow-ons in one line: " + reading.problems());
    assertTrue(reading.report().unreadableFiles());
  }

  @Test
  void quotedSemicolonSeparatedHeadersAreRecognisedToo() throws IOException {
    Reading reading =
        read(
            new DatasetFiles()
                .raw(
                    "customers.csv",
                    "\"customer_id\";\"name\";\"segment\";\"customer_since\";\"annual_revenue\"\n\"C1\";\"One\";\"smb\";\"2019-05-01\";\"1,5\"\n"),
            false);
    assertTrue(
        reading.problems().get(0).contains("separated by semicolons"),
        reading.problems().toString());
  }

  @Test
  void anIgnoredColumnThatLooksLikeAnOptionalOneSaysWhichInItsNotice() throws IOException {
    Reading reading =
        read(
            new DatasetFiles()
                .raw(
                    "customers.csv",
                    "customer_id,name,segment,customer_since,annual_revenue,hi_profile,notes\nC1,One,smb,2019-05-01,1,yes,x\n"),
            false);
    assertEquals(List.of(), reading.problems());
    assertTrue(
        reading
            .report()
            .notices()
            .contains(
                "customers.csv: ignored unknown columns 'hi_profile' (did you mean 'high_profile'?), 'notes'"),
        reading.report().notices().toString());
  }

  @Test
  void unknownNamesAreMatchedToTheColumnTheyMeant() {
    List<String> absent =
        List.of("customer_id", "annual_revenue", "customer_since", "high_profile");
    assertEquals(Optional.of("annual_revenue"), HeaderNames.meant("revenue", absent));
    assertEquals(Optional.of("annual_revenue"), HeaderNames.meant("Annual Revenue", absent));
    assertEquals(Optional.of("annual_revenue"), HeaderNames.meant("annual_revenu", absent));
    assertEquals(Optional.of("high_profile"), HeaderNames.meant("high-profile", absent));
    assertEquals(Optional.of("customer_id"), HeaderNames.meant("id", absent));
    assertEquals(Optional.empty(), HeaderNames.meant("notes", absent));
    assertEquals(Optional.empty(), HeaderNames.meant("", absent));
  }
}
