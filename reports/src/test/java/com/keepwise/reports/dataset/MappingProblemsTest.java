package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mistake in a mapping, or in a mapped export, is located: in {@code dataset.yaml} at the key
 * or value that is wrong, or in the export by its own line, column and header.
 */
class MappingProblemsTest {

  @TempDir Path temp;

  static final String YAML =
      "name: Mapped\ncurrency: SEK\ntimezone: Europe/Stockholm\nas_of: 2026-11-01\n";

  static final String INVOICES =
      """
      Fakturanr;Kundnummer;Fakturadatum;Förfallodatum;Belopp;Betaldatum
      F-1;C1;04.03.2026;03.04.2026;20 000,50;01.04.2026
      F-2;C1;05.03.2026;04.04.2026;1 250,00;
      """;

  static final String INVOICE_SOURCE =
      """
      sources:
        invoices:
          file: exports/fakturor.csv
          delimiter: ";"
          decimal: ","
          date_format: dd.MM.yyyy
          columns:
            invoice_id: Fakturanr
            customer_id: Kundnummer
            issued: Fakturadatum
            due: Förfallodatum
            amount: Belopp
            paid: Betaldatum
      """;

  Path dataset(String yaml, String file, String text) throws IOException {
    Path dir =
        DatasetFiles.withCustomers()
            .customer("C1", "One", "smb", "1000")
            .yaml(YAML + yaml)
            .writeTo(temp.resolve("d" + System.nanoTime()));
    if (file != null) {
      Files.createDirectories(dir.resolve(file).getParent());
      Files.writeString(dir.resolve(file), text);
    }
    return dir;
  }

  List<String> problems(Path dir) throws IOException {
    return Reading.of(dir).problems();
  }

  @Test
  void aGoodMappingReadsTheExport() throws IOException {
    Reading reading = Reading.of(dataset(INVOICE_SOURCE, "exports/fakturor.csv", INVOICES));
    assertEquals(List.of(), reading.problems());
    assertEquals(2, reading.signals().size());
    assertEquals(
        "[Invoice[id=F-1, customerId=C1, issued=2026-03-04, due=2026-04-03, amount=20000.5, paid=Optional[2026-04-01],"
            + " paidAmount=Optional.empty]]",
        reading
            .signals(com.keepwise.domain.signal.Invoice.class)
            .subList(0, 1)
            .toString()
            .replace("Money[tenThousandths=200005000]", "20000.5")
            .replaceAll("CustomerId\\[value=(\\w+)\\]", "$1"));
  }

  @Test
  void aMappedHeaderTheFileDoesNotHaveIsAnErrorAtItsLineListingTheNearestHeaders()
      throws IOException {
    assertEquals(
        List.of(
            "dataset.yaml:16:15: sources.invoices.columns.amount: exports/fakturor.csv has no column 'Belop'"
                + " (expected one of its headers; the nearest are 'Belopp', 'Betaldatum', 'Fakturanr')"),
        problems(
            dataset(
                TextEdit.replaced(INVOICE_SOURCE, "amount: Belopp", "amount: Belop"),
                "exports/fakturor.csv",
                INVOICES)));
  }

  @Test
  void aBadValueIsLocatedInTheExportByItsOwnLineColumnAndHeader() throws IOException {
    assertEquals(
        List.of(
                "exports/fakturor.csv:3:5: Belopp (amount) '1 25,00' is not a decimal (expected a decimal like 1 200,50)",
                "exports/fakturor.csv:3:4: Förfallodatum (due) '4.4.2026' is not a date (expected a date like 04.03.2026 (dd.MM.yyyy))")
            .stream()
            .sorted()
            .toList(),
        problems(
            dataset(
                INVOICE_SOURCE,
                "exports/fakturor.csv",
                TextEdit.replaced(INVOICES, "04.04.2026;1 250,00", "4.4.2026;1 25,00"))));
  }

  @Test
  void checksAfterTheDialectNameTheExportsHeaderAndQuoteItsValue() throws IOException {
    assertEquals(
        List.of(
            "exports/fakturor.csv:2:5: Belopp (amount) '-20 000,50' must be more than zero (expected a decimal like 1 200,50)",
            "exports/fakturor.csv:3:1: Fakturanr (invoice_id) 'F-1' is already used on line 2 (expected an id unique within the file)"),
        problems(
            dataset(
                INVOICE_SOURCE,
                "exports/fakturor.csv",
                TextEdit.of(INVOICES)
                    .replace("20 000,50", "-20 000,50")
                    .replace("F-2", "F-1")
                    .text())));
  }

  @Test
  void anUnknownFormatPatternIsLocatedAtThePattern() throws IOException {
    List<String> found =
        problems(
            dataset(
                TextEdit.replaced(
                    INVOICE_SOURCE,
                    "date_format: dd.MM.yyyy",
                    "date_format: [dd.MM.yyyy, dd.MM.jjjj, dd.MM]"),
                "exports/fakturor.csv",
                INVOICES));
    assertEquals(
        List.of(
            "dataset.yaml:10:31: sources.invoices.date_format[1]: 'dd.MM.jjjj' is not a java.time pattern: Unknown pattern letter: j"
                + " (expected a java.time pattern such as dd.MM.yyyy, M/d/yyyy or yyyy-MM-dd)",
            "dataset.yaml:10:43: sources.invoices.date_format[2]: 'dd.MM' does not give a whole date (it writes 04.03) (expected a"
                + " java.time pattern such as dd.MM.yyyy, M/d/yyyy or yyyy-MM-dd)"),
        found);
  }

  @Test
  void aValueNotInValuesIsLocatedInTheExport() throws IOException {
    String tickets =
        "Ticket;Customer;Created at;Priority\nT-1;C1;2026-03-04 21:15:00;Urgent\nT-2;C1;2026-03-05 08:00:00;Medium\n";
    String source =
        """
        sources:
          tickets:
            file: helpdesk.csv
            datetime_format: yyyy-MM-dd HH:mm:ss
            columns: {ticket_id: Ticket, customer_id: Customer, opened: Created at, priority: Priority}
            values:
              priority: {Low: low, Urgent: urgent}
        """;
    assertEquals(
        List.of(
            "helpdesk.csv:3:4: Priority (priority) 'Medium' is not allowed (expected low/normal/high/urgent, or"
                + " one of the values mapped in dataset.yaml: Low, Urgent)"),
        problems(dataset(source, "helpdesk.csv", tickets)).stream()
            .map(p -> p.replace("Urgent, Low", "Low, Urgent"))
            .toList());
  }

  @Test
  void mistakesInSourcesAreLocatedWithTheNearestValidName() throws IOException {
    String source =
        """
        sources:
          invoice:
            file: exports/fakturor.csv
          tickets:
            file: helpdesk.csv
            delimeter: ";"
            columns: {ticket_idd: Ticket}
            values:
              priority: {Low: lowest}
        """;
    assertEquals(
        List.of(
            "dataset.yaml:6:3: sources: unknown contract file 'invoice' (expected one of customers, invoices, tickets,"
                + " interactions, meetings, requests, incidents, reviews, referrals, advice; did you mean 'invoices'?)",
            "dataset.yaml:10:5: sources.tickets: unknown key 'delimeter' (expected one of columns, date_format, datetime_format,"
                + " decimal, delimiter, file, sheet, values; did you mean 'delimiter'?)"),
        problems(dataset(source, "helpdesk.csv", "Ticket\nT-1\n")).subList(0, 2));
    String bound = TextEdit.of(source).remove("    delimeter: \";\"\n").text();
    assertEquals(
        List.of(
            "dataset.yaml:6:3: sources: unknown contract file 'invoice' (expected one of customers, invoices, tickets,"
                + " interactions, meetings, requests, incidents, reviews, referrals, advice; did you mean 'invoices'?)",
            "dataset.yaml:10:15: sources.tickets.columns: unknown column 'ticket_idd' of tickets.csv (expected one of ticket_id,"
                + " customer_id, opened, closed, priority, category, trivial, in_scope, minutes_spent; did you mean 'ticket_id'?)",
            "dataset.yaml:12:23: sources.tickets.values.priority.Low: 'lowest' is not a code of priority (expected one of low,"
                + " normal, high, urgent)"),
        problems(dataset(bound, "helpdesk.csv", "Ticket\nT-1\n")));
  }

  @Test
  void aMissingExportIsLocatedAtItsFileWithTheNearestName() throws IOException {
    assertEquals(
        List.of(
            "dataset.yaml:7:11: sources.invoices.file: 'exports/fakturer.csv' is not there (expected a file,"
                + " relative to the dataset directory DIR; did you mean 'exports/fakturor.csv'?)"),
        problems(
                dataset(
                    TextEdit.replaced(INVOICE_SOURCE, "fakturor.csv", "fakturer.csv"),
                    "exports/fakturor.csv",
                    INVOICES))
            .stream()
            .map(p -> p.replaceAll("directory /\\S+;", "directory DIR;"))
            .toList());
  }

  Path workbook(Path dir) throws IOException {
    Path file = dir.resolve("crm.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("d mmm yyyy"));
      Sheet accounts = book.createSheet("Accounts");
      Row header = accounts.createRow(0);
      String[] names = {
        "Account ID", "Account Name", "Segment", "Customer Since", "Annual Revenue"
      };
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row one = accounts.createRow(1);
      one.createCell(0).setCellValue("C1");
      one.createCell(1).setCellValue("One AB");
      one.createCell(2).setCellValue("smb");
      one.createCell(3).setCellValue(LocalDate.of(2019, 5, 1));
      one.getCell(3).setCellStyle(date);
      one.createCell(4).setCellFormula("1000*12");
      Row two = accounts.createRow(2);
      two.createCell(0).setCellValue(1002); // a number cell as an id: read as 1002
      two.createCell(1).setCellValue("Two AB");
      two.createCell(2).setCellValue("smb");
      two.createCell(3).setCellValue(45000.5); // a number, not formatted as a date
      two.createCell(4).setCellValue("lots");
      book.createSheet("Notes").createRow(0).createCell(0).setCellValue("exported 2026-11-01");
      book.setForceFormulaRecalculation(false);
      org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  static final String CRM_SOURCE =
      """
      sources:
        customers:
          file: crm.xlsx
          sheet: Accounts
          columns:
            customer_id: Account ID
            name: Account Name
            segment: Segment
            customer_since: Customer Since
            annual_revenue: Annual Revenue
      """;

  Path crm(String source) throws IOException {
    Path dir =
        new DatasetFiles().yaml(YAML + source).writeTo(temp.resolve("crm" + System.nanoTime()));
    workbook(dir);
    return dir;
  }

  @Test
  void aSheetIsReadWithItsCellsTypesAndProblemsNameTheCell() throws IOException {
    Reading reading = Reading.of(crm(CRM_SOURCE));
    assertEquals(
        List.of(
            "crm.xlsx:3:4: Customer Since (customer_since, cell D3) '45000.5' is not a date (expected a date like 2026-03-04)",
            "crm.xlsx:3:5: Annual Revenue (annual_revenue, cell E3) 'lots' is not a decimal (expected a decimal like 1200.50 or 1,200.50)"),
        reading.problems());
    Reading lenient = Reading.of(crm(CRM_SOURCE), true);
    assertEquals(
        "C1 One AB 2019-05-01 12000",
        lenient.dataset().customers().stream()
            .map(
                c ->
                    c.id()
                        + " "
                        + c.name()
                        + " "
                        + c.customerSince()
                        + " "
                        + c.annualRevenue().toBigDecimal().stripTrailingZeros().toPlainString())
            .reduce("", (a, b) -> a + b));
  }

  @Test
  void aMissingSheetIsLocatedAtSheetWithTheSheetsThereAre() throws IOException {
    assertEquals(
        List.of(
            "dataset.yaml:8:12: sources.customers.sheet: the workbook has no sheet 'Acounts' (expected one of"
                + " 'Accounts', 'Notes'; did you mean 'Accounts'?)"),
        problems(crm(TextEdit.replaced(CRM_SOURCE, "sheet: Accounts", "sheet: Acounts"))));
  }

  @Test
  void anXlsxThatIsNotAWorkbookIsLocatedInIt() throws IOException {
    Path dir = crm(CRM_SOURCE);
    Files.writeString(dir.resolve("crm.xlsx"), "Account ID,Account Name\nC1,One\n");
    assertEquals(
        List.of(
            "crm.xlsx:1:1: is not an Excel workbook (expected an .xlsx file, as Excel or another spreadsheet saves it)"),
        problems(dir));
  }

  @Test
  void aMergedOrEmptyHeaderCellIsLocatedInTheSheet() throws IOException {
    Path dir = crm(CRM_SOURCE);
    Path file = dir.resolve("crm.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Accounts");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Account ID");
      header.createCell(1).setCellValue("Account Name");
      header.createCell(3).setCellValue("Segment");
      header.createCell(4).setCellValue("Customer Since");
      header.createCell(6).setCellValue("Annual Revenue");
      sheet.addMergedRegion(CellRangeAddress.valueOf("E1:F1"));
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    assertEquals(
        List.of(
            "crm.xlsx:1:3: header cell C1 is empty (expected a name for every column of the header row)",
            "crm.xlsx:1:6: header cell F1 is part of the merged cells E1:F1 (expected one header cell per column, not merged)"),
        problems(dir));
  }

  @Test
  void anEventOfAnUnknownCustomerNamesTheExportTheCustomersComeFrom() throws IOException {
    Path dir = crm(CRM_SOURCE);
    Files.writeString(
        dir.resolve("invoices.csv"),
        "invoice_id,customer_id,issued,due,amount\nI1,C9,2026-01-01,2026-01-31,5\n");
    assertEquals(
        List.of(
            "crm.xlsx:3:4: Customer Since (customer_since, cell D3) '45000.5' is not a date (expected a date like 2026-03-04)",
            "crm.xlsx:3:5: Annual Revenue (annual_revenue, cell E3) 'lots' is not a decimal (expected a decimal like 1200.50 or 1,200.50)",
            "invoices.csv:2:2: customer_id 'C9' is not in crm.xlsx (expected the Account ID of a row of crm.xlsx)"),
        problems(dir));
  }

  @Test
  void aProblemInASheetsHeaderIsAtTheHeadersRowWhereverItIs() throws IOException {
    Path dir = crm(CRM_SOURCE);
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Accounts");
      Row header = sheet.createRow(2); // rows 1 and 2 left empty
      String[] names = {
        "Account ID", "Account Name", "Segment", "Customer Since", "Annual Revenue", "Segment"
      };
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve("crm.xlsx"))) {
        book.write(out);
      }
    }
    assertEquals(
        List.of(
            "crm.xlsx:3:6: column 'Segment' appears twice, also as column 3 (expected each column once)"),
        problems(dir));
  }
}
