package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer ids: unique in customers.csv, even when an earlier use had problems; every event names a
 * customer of customers.csv, exactly as written, and one whose row had problems is told apart.
 */
class CustomerReferencesTest {

  @TempDir Path temp;

  static final String HEADER = "customer_id,name,segment,customer_since,annual_revenue\n";
  static final String INVOICES = "invoice_id,customer_id,issued,due,amount\n";
  static final String REF = "(expected the customer_id of a row of customers.csv)";
  static final String UNIQUE = "(expected an id unique within the file)";

  List<String> problems(String customers, String invoices) throws IOException {
    Path dir =
        new DatasetFiles()
            .raw("customers.csv", HEADER + customers)
            .raw("invoices.csv", INVOICES + invoices)
            .writeTo(temp.resolve("d" + System.nanoTime()));
    return Reading.of(dir).problems();
  }

  @Test
  void anEventForAnUnknownCustomerIsAProblem() throws IOException {
    assertEquals(
        List.of(
            "invoices.csv:2:2: customer_id 'C9' is not in customers.csv " + REF,
            "invoices.csv:3:2: customer_id 'c1' is not in customers.csv " + REF,
            "invoices.csv:4:2: customer_id 'C1 ' is not in customers.csv " + REF),
        problems(
            "C1,One,smb,2019-05-01,1\n",
            "I1,C9,2026-01-01,2026-01-31,5\nI2,c1,2026-01-01,2026-01-31,5\nI3,C1 ,2026-01-01,2026-01-31,5\n"));
  }

  @Test
  void anEventForACustomerWhoseRowHasProblemsSaysSo() throws IOException {
    assertEquals(
        List.of(
            "customers.csv:2:5: annual_revenue 'lots' is not a plain decimal (expected a plain decimal like 1200.50)",
            "customers.csv:3:3: the row ends after 2 fields (expected 5, as in the header)",
            "invoices.csv:2:2: customer_id 'C1' belongs to a customer row that has problems " + REF,
            "invoices.csv:3:2: customer_id 'C2' belongs to a customer row that has problems "
                + REF),
        problems(
            "C1,One,smb,2019-05-01,lots\nC2,Two\n",
            "I1,C1,2026-01-01,2026-01-31,5\nI2,C2,2026-01-01,2026-01-31,5\n"));
  }

  @Test
  void aCustomerIdIsUniqueWithinCustomersCsv() throws IOException {
    assertEquals(
        List.of(
            "customers.csv:3:1: customer_id 'C1' is already used on line 2 " + UNIQUE,
            "customers.csv:5:1: customer_id 'C1' is already used on line 2 " + UNIQUE),
        problems(
            "C1,One,smb,2019-05-01,1\nC1,Uno,smb,2019-05-01,1\nC2,Two,smb,2019-05-01,1\nC1,Ein,smb,2019-05-01,1\n",
            ""));
  }

  @Test
  void anIdReusedAfterARowWithProblemsIsStillADuplicate() throws IOException {
    assertEquals(
        List.of(
            "customers.csv:2:4: customer_since 'soon' is not a date (expected a date like 2026-03-04)",
            "customers.csv:3:1: customer_id 'C1' is already used on line 2 " + UNIQUE,
            "invoices.csv:2:2: customer_id 'C1' belongs to a customer row that has problems "
                + REF),
        problems(
            "C1,One,smb,soon,1\nC1,One,smb,2019-05-01,1\n", "I1,C1,2026-01-01,2026-01-31,5\n"));
  }

  @Test
  void anIdReusedAfterAMisshapenRowIsStillADuplicate() throws IOException {
    assertEquals(
        List.of(
            "customers.csv:2:4: the row ends after 3 fields (expected 5, as in the header)",
            "customers.csv:3:1: customer_id 'C1' is already used on line 2 " + UNIQUE),
        problems("C1,One,smb\nC1,One,smb,2019-05-01,1\n", ""));
  }
}
