package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.reports.testing.DatasetFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape of the files: encoding, line ends, quoting, headers and field counts, each problem
 * reported at its line and column, and the rest of the dataset still checked.
 */
class CsvShapeTest {

  @TempDir Path temp;

  /** customers.csv with only the required columns: five fields a row. */
  static final String HEADER = "customer_id,name,segment,customer_since,annual_revenue\n";

  static final String INVOICES = "invoice_id,customer_id,issued,due,amount\n";

  static DatasetFiles customers(String text) {
    return new DatasetFiles().raw("customers.csv", text);
  }

  Reading read(DatasetFiles files) throws IOException {
    return Reading.of(files.writeTo(temp.resolve("d" + System.nanoTime())));
  }

  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part);
    }
    return out.toByteArray();
  }

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final byte[] BAD = {(byte) 0xFF};

  @Test
  void aLeadingByteOrderMarkIsTolerated() throws IOException {
    Reading reading =
        read(
            new DatasetFiles()
                .raw("customers.csv", bytes(BOM, HEADER, "C1,One,smb,2019-05-01,1\n"))
                .raw("invoices.csv", bytes(BOM, INVOICES, "I1,C1,2026-01-01,2026-01-31,5\n")));
    assertEquals(List.of(), reading.problems());
    assertEquals("C1", reading.dataset().customers().get(0).id().value());
    assertEquals(1, reading.signals().size());
  }

  @Test
  void crlfAndLfLineEndsAreBothAccepted() throws IOException {
    Reading reading =
        read(
            customers(
                HEADER.replace("\n", "\r\n")
                    + "C1,One,smb,2019-05-01,1\r\n"
                    + "C2,\"Two\r\nLines\",smb,2019-05-01,2\n"
                    + "C3,Three,smb,2019-05-01,x\r\n"));
    assertEquals(
        List.of(
            "customers.csv:5:5: annual_revenue 'x' is not a plain decimal (expected a plain decimal like 1200.50)"),
        reading.problems());
    List<Customer> customers = reading.dataset().customers();
    assertEquals("smb", customers.get(0).segment(), "no carriage return left in the last field");
    assertEquals("Two\r\nLines", customers.get(1).name(), "a quoted line end is part of the value");
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndNewlinesAndLaterRowsKeepTheirLineNumbers()
      throws IOException {
    Reading reading =
        read(
            customers(
                HEADER
                    + "C1,\"Smith, \"\"Best\"\"\nand\nJones\",smb,2019-05-01,1\n"
                    + "C2,\"\",smb,2019-05-01,2\n"
                    + "\"C,3\",Three,\"sm\"\"b\",2019-05-01,-3\n"));
    assertEquals(
        List.of(
            "customers.csv:5:2: name is required (expected text)",
            "customers.csv:6:5: annual_revenue '-3' must be zero or more (expected a plain decimal like 1200.50)"),
        reading.problems());
    assertEquals("Smith, \"Best\"\nand\nJones", reading.dataset().customers().get(0).name());
  }

  @Test
  void anUnclosedQuoteInTheHeaderLeavesNoRowsToRead() throws IOException {
    Reading reading =
        read(
            customers(
                "customer_id,\"name,segment,customer_since,annual_revenue\nC1,One,smb,2019-05-01,1\n"));
    assertEquals(
        List.of(
            "customers.csv:1:1: a quoted field is never closed (expected a closing \" before the end of the file)"),
        reading.problems());
    assertEquals(0, reading.report().file(SourceFile.CUSTOMERS).rows());
    assertEquals(0, reading.report().file(SourceFile.CUSTOMERS).skipped());
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsReportedAndTheOthersRead() throws IOException {
    Reading reading =
        read(
            customers(
                HEADER
                    + "C1,One,smb,2019-05-01,1\n"
                    + "C2,Two\n"
                    + "C3,Three,smb,2019-05-01,3,extra\n"
                    + "\n" // an empty line is skipped, but counted
                    + "C4\n"
                    + "C5,Five,smb,2019-05-01,5\n"));
    assertEquals(
        List.of(
            "customers.csv:3:3: the row ends after 2 fields (expected 5, as in the header)",
            "customers.csv:4:6: the row has 6 fields (expected 5, as in the header)",
            "customers.csv:6:2: the row ends after 1 field (expected 5, as in the header)"),
        reading.problems());
    assertEquals(
        List.of("C1", "C5"),
        reading.dataset().customers().stream().map(c -> c.id().value()).toList());
    assertEquals(5, reading.report().file(SourceFile.CUSTOMERS).rows());
    assertEquals(3, reading.report().file(SourceFile.CUSTOMERS).skipped());
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItsRowStartsAndEarlierRowsStillCount() throws IOException {
    Reading reading =
        read(
            customers(HEADER + "C1,One,smb,2019-05-01,1\n")
                .raw(
                    "invoices.csv",
                    INVOICES
                        + "I1,C1,2026-01-01,2026-01-31,x\n"
                        + "I2,C1,\"2026-01-01,2026-01-31,5\n"
                        + "I3,C1,2026-01-01,2026-01-31,5\n"));
    assertEquals(
        List.of(
            "invoices.csv:2:5: amount 'x' is not a plain decimal (expected a plain decimal like 1200.50)",
            "invoices.csv:3:1: a quoted field is never closed (expected a closing \" before the end of the file)"),
        reading.problems());
    assertEquals(2, reading.report().file(SourceFile.INVOICES).rows());
    assertEquals(2, reading.report().file(SourceFile.INVOICES).skipped());
  }

  @Test
  void bytesThatAreNotUtf8AreReportedWhereverTheyAre() throws IOException {
    Reading reading =
        read(
            new DatasetFiles()
                .raw(
                    "customers.csv",
                    bytes(
                        "customer_id,name,segment,customer_since,annual_revenue,not",
                        BAD,
                        "es,comment\n",
                        "C1,On",
                        BAD,
                        "e,smb,2019-05-01,1,,\n",
                        "C2,Two,smb,2019-05-01,2,x",
                        BAD,
                        ",\n",
                        "C3,Three,smb,2019-05-01,3,,",
                        BAD,
                        "\n",
                        "C4,Four,smb,2019-05-01,4,,\n")));
    assertEquals(
        List.of(
            "customers.csv:1:6: column name 'not\uFFFDes' has bytes that are not UTF-8 (expected UTF-8 text)",
            "customers.csv:2:2: name has bytes that are not UTF-8 (expected UTF-8 text)",
            "customers.csv:3:6: not\uFFFDes has bytes that are not UTF-8 (expected UTF-8 text)",
            "customers.csv:4:7: comment has bytes that are not UTF-8 (expected UTF-8 text)"),
        reading.problems());
    assertEquals(
        List.of("C4"), reading.dataset().customers().stream().map(c -> c.id().value()).toList());
  }

  @Test
  void aBadByteAtTheVeryEndIsReportedAndTheLastRowKept() throws IOException {
    Reading reading =
        read(
            new DatasetFiles()
                .raw(
                    "customers.csv",
                    bytes(
                        HEADER,
                        "C1,One,smb,2019-05-01,1\n",
                        "C2,Two,smb,2019-05-01,2\n",
                        "C3,Thre",
                        BAD)));
    assertEquals(
        List.of("customers.csv:4:3: the row ends after 2 fields (expected 5, as in the header)"),
        reading.problems());
    assertEquals(3, reading.report().file(SourceFile.CUSTOMERS).rows());
  }

  /** Files that end just past the parser's 8,192-char reads lost their last row. */
  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {8_190, 8_191, 8_192, 8_193, 8_194, 8_195, 8_196, 8_197, 16_386, 65_537})
  void aValidFileOfAnySizeIsReadToItsLastRow(int size) throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    int n = 0;
    while (text.length() < size - 80) {
      text.append(String.format("C%05d,Name,smb,2019-05-01,1\n", ++n));
    }
    String rest = ",smb,2019-05-01,9\n";
    int nameLength = size - text.length() - "C99999,".length() - rest.length();
    text.append("C99999,").append("L".repeat(nameLength)).append(rest);
    assertEquals(size, text.toString().getBytes(StandardCharsets.UTF_8).length);
    Reading reading = read(customers(text.toString()));
    assertEquals(List.of(), reading.problems());
    assertEquals("C99999", reading.dataset().customers().get(n).id().value());
  }

  @Test
  void anEmptyFileIsAProblemEvenWhenOptional() throws IOException {
    assertEquals(
        List.of("customers.csv:1:1: the file is empty (expected a header row naming the columns)"),
        read(customers("")).problems());
    assertEquals(
        List.of("invoices.csv:1:1: the file is empty (expected a header row naming the columns)"),
        read(customers(HEADER + "C1,One,smb,2019-05-01,1\n").raw("invoices.csv", BOM)).problems());
  }

  @Test
  void customersCsvIsRequiredAndEveryOtherFileOptional() throws IOException {
    Path dir = new DatasetFiles().writeTo(temp.resolve("only-yaml"));
    Reading reading = Reading.of(dir);
    assertEquals(
        List.of(
            "customers.csv:1:1: the file is missing (expected customers.csv in "
                + dir
                + ", or a customers: entry under sources: in dataset.yaml: it is the one required file)"),
        reading.problems());
    Reading noEvents = read(customers(HEADER + "C1,One,smb,2019-05-01,1\n"));
    assertEquals(List.of(), noEvents.problems());
    assertTrue(
        noEvents
            .report()
            .notices()
            .contains("invoices.csv is not in the dataset: none of its events are counted"));
  }

  @Test
  void aHeaderWithoutRowsIsValid() throws IOException {
    Reading reading = read(customers(HEADER).raw("invoices.csv", INVOICES));
    assertEquals(List.of(), reading.problems());
    assertEquals(0, reading.report().customers());
    assertEquals(0, reading.report().file(SourceFile.INVOICES).rows());
  }

  @Test
  void unknownColumnsAreIgnoredAndListedOnceEvenWhenRepeated() throws IOException {
    Reading reading =
        read(
            customers("notes," + HEADER.strip() + ",Name,,\n" + "n,C1,One,smb,2019-05-01,1,x,,\n"));
    assertEquals(List.of(), reading.problems());
    assertEquals(
        "One",
        reading.dataset().customers().get(0).name(),
        "names match exactly: Name is not name");
    assertEquals(
        List.of("", "Name", "notes"), reading.report().file(SourceFile.CUSTOMERS).ignoredColumns());
    assertTrue(
        reading
            .report()
            .notices()
            .contains("customers.csv: ignored unknown columns '', 'Name', 'notes'"),
        reading.report().notices().toString());
  }

  @Test
  void aContractColumnTwiceIsAProblem() throws IOException {
    assertEquals(
        List.of(
            "customers.csv:1:6: column 'name' appears twice, also as column 2 (expected each column once)"),
        read(customers(HEADER.strip() + ",name\nC1,One,smb,2019-05-01,1,Uno\n")).problems());
  }

  @Test
  void missingRequiredColumnsAreNamed() throws IOException {
    assertEquals(
        List.of(
            "customers.csv:1:1: missing required column segment: column 3 is 'Segment', did you mean 'segment'?"
                + " (expected the columns customer_id, name, segment, customer_since, annual_revenue)"),
        read(customers(
                "customer_id,name,Segment,customer_since,annual_revenue\nC1,One,smb,2019-05-01,1\n"))
            .problems());
    assertEquals(
        List.of(
            "invoices.csv:1:1: missing required columns due, amount"
                + " (expected the columns invoice_id, customer_id, issued, due, amount)"),
        read(customers(HEADER).raw("invoices.csv", "invoice_id,customer_id,issued\n")).problems());
  }

  @Test
  void aRowBeyondTheParsersFieldLimitIsNotAnUnclosedQuote() throws IOException {
    Reading reading =
        read(
            customers(
                HEADER
                    + "C1,One,smb,2019-05-01,1\n"
                    + "C2"
                    + ",x".repeat(20_000)
                    + "\n"
                    + "C3,Three,smb,2019-05-01,3\n"));
    assertEquals(
        List.of(
            "customers.csv:3:1: the row has more than 16384 fields, too many to read on"
                + " (expected 5, as in the header)"),
        reading.problems());
    assertEquals(2, reading.report().file(SourceFile.CUSTOMERS).rows());
    assertEquals(1, reading.report().file(SourceFile.CUSTOMERS).skipped());
  }

  @Test
  void aFieldBeyondTheParsersSizeLimitIsNotAnUnclosedQuote() throws IOException {
    Reading reading =
        read(
            customers(
                HEADER
                    + "C1,One,smb,2019-05-01,1\n"
                    + "C2,"
                    + "x".repeat(16 * 1024 * 1024 + 1)
                    + ",smb,2019-05-01,2\n"));
    assertEquals(
        List.of(
            "customers.csv:3:1: a field is longer than 16777216 characters, too long to read on"
                + " (expected at most 16777216 characters, and a closing \" for every quoted field)"),
        reading.problems());
    assertEquals(2, reading.report().file(SourceFile.CUSTOMERS).rows());
  }
}
