package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.Problem;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.reports.testing.DatasetFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows are read a batch at a time (customers looked up ahead, see {@link RowBatch}), yet every row
 * is still checked in file order, and each problem is located as when the rows came one by one: at
 * the edges of a batch, and when the file breaks off in the middle of one.
 */
class BatchedReadingTest {

  @TempDir Path temp;

  @Test
  void problemsAtTheEdgesOfBatchesAndABrokenEndAreLocatedRowByRow() throws IOException {
    StringBuilder invoices = new StringBuilder("invoice_id,customer_id,issued,due,amount\n");
    List<String> expected = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    int rows = 3 * RowBatch.SIZE + 5;
    for (int r = 1; r <= rows; r++) {
      int line = r + 1;
      if (r == RowBatch.SIZE) { // the last row of the first batch
        invoices.append("I").append(r).append(",C9,2026-01-01,2026-01-31,5\n");
        expected.add(
            "invoices.csv:"
                + line
                + ":2: customer_id 'C9' is not in customers.csv (expected the customer_id of a row of customers.csv)");
      } else if (r == RowBatch.SIZE + 1) { // the first of the second
        invoices.append("I").append(r).append(",C1,2026-01-01\n");
        expected.add(
            "invoices.csv:"
                + line
                + ":4: the row ends after 3 fields (expected 5, as in the header)");
      } else if (r == 2 * RowBatch.SIZE + 1) {
        invoices.append("I1,C2,2026-01-01,2026-01-31,5\n");
        expected.add(
            "invoices.csv:"
                + line
                + ":1: invoice_id 'I1' is already used on line 2 (expected an id unique within the file)");
      } else {
        invoices
            .append("I")
            .append(r)
            .append(r % 2 == 0 ? ",C1" : ",C2")
            .append(",2026-01-01,2026-01-31,5\n");
        accepted.add("I" + r + "@" + line);
      }
    }
    invoices.append("I999,C1,2026-01-01,2026-01-31,\"5\n");
    expected.add(
        "invoices.csv:"
            + (rows + 2)
            + ":1: a quoted field is never closed (expected a closing \" before the end of the file)");
    Path data =
        DatasetFiles.withCustomers()
            .customer("C1", "One", "smb", "100")
            .customer("C2", "Two", "smb", "100")
            .raw("invoices.csv", invoices.toString())
            .writeTo(temp.resolve("data"));
    List<String> sorted = expected.stream().sorted().toList();
    for (boolean lenient : new boolean[] {false, true}) {
      List<String> kept = new ArrayList<>();
      DatasetReport report =
          Dataset.open(data).readEvents((c, s, l) -> kept.add(s.id() + "@" + l), lenient);
      List<String> problems = report.problems().stream().map(Problem::toString).toList();
      assertEquals(sorted, problems.stream().sorted().toList(), lenient ? "lenient" : "strict");
      assertEquals(rows + 1, report.file(SourceFile.INVOICES).rows());
      // A strict read finds the second I1 after the pass: its row was handed on meanwhile.
      String secondI1 = "I1@" + (2 * RowBatch.SIZE + 2);
      assertEquals(lenient ? accepted.size() : accepted.size() + 1, kept.size());
      assertEquals(accepted, kept.stream().filter(k -> !k.equals(secondI1)).toList());
    }
  }
}
