package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.cli.KeepwiseCli;
import com.keepwise.reports.generate.SyntheticDataset;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client's real exports, mapped in {@code dataset.yaml}'s {@code sources:}, read as the same data
 * in contract form: a CRM's Excel workbook, an accounting system's semicolon CSV with decimal
 * commas and Swedish headers, and a helpdesk's CSV with its own words for priorities and flags.
 */
class MappedExportsTest {

  @TempDir static Path temp;
  static Path contract;
  static Path mapped;

  /** The three exports of the README's worked example, made from a generated dataset. */
  static String sources(Path dir) throws IOException {
    String crm =
        ExportWriter.write(
            dir,
            CustomersFile.SCHEMA,
            ExportWriter.Style.csv("exports/crm-accounts.xlsx")
                .sheet("Accounts")
                .headers(
                    Map.of(
                        "customer_id",
                        "Account ID",
                        "name",
                        "Account Name",
                        "segment",
                        "Segment",
                        "customer_since",
                        "Customer Since",
                        "annual_revenue",
                        "Annual Revenue",
                        "owner",
                        "Account Owner",
                        "high_profile",
                        "Key Account",
                        "growth_potential",
                        "Growth Potential",
                        "relationship",
                        "Relationship"),
                    List.of(
                        "name",
                        "customer_id",
                        "owner",
                        "segment",
                        "industry",
                        "region",
                        "tier",
                        "customer_since",
                        "annual_revenue",
                        "high_profile",
                        "growth_potential",
                        "relationship"))
                .values(
                    Map.of(
                        "growth_potential",
                        Map.of("none", "None", "low", "Low", "medium", "Medium", "high", "High"),
                        "relationship",
                        Map.of(
                            "standard",
                            "Standard",
                            "long_standing",
                            "Long-standing",
                            "personal",
                            "Personal"))));
    String accounting =
        ExportWriter.write(
            dir,
            InvoicesFile.SCHEMA,
            ExportWriter.Style.csv("exports/fakturor.csv")
                .delimiter(';')
                .numbers(',', ' ')
                .dates("dd.MM.yyyy", null)
                .headers(
                    Map.of(
                        "invoice_id",
                        "Fakturanr",
                        "customer_id",
                        "Kundnummer",
                        "issued",
                        "Fakturadatum",
                        "due",
                        "Förfallodatum",
                        "amount",
                        "Belopp",
                        "paid",
                        "Betaldatum",
                        "paid_amount",
                        "Betalt belopp"),
                    List.of(
                        "invoice_id",
                        "issued",
                        "customer_id",
                        "amount",
                        "due",
                        "paid",
                        "paid_amount")));
    String helpdesk =
        ExportWriter.write(
            dir,
            TicketsFile.SCHEMA,
            ExportWriter.Style.csv("exports/helpdesk-tickets.csv")
                .dates(null, "yyyy-MM-dd HH:mm:ss")
                .headers(
                    Map.of(
                        "ticket_id",
                        "Ticket #",
                        "customer_id",
                        "Customer",
                        "opened",
                        "Created at",
                        "closed",
                        "Closed at",
                        "priority",
                        "Priority",
                        "category",
                        "Category",
                        "trivial",
                        "Trivial",
                        "in_scope",
                        "Out of scope",
                        "minutes_spent",
                        "Time spent (min)"),
                    List.of())
                .values(
                    Map.of(
                        "priority",
                        Map.of(
                            "low", "Low", "normal", "Normal", "high", "High", "urgent", "Urgent"),
                        "in_scope",
                        Map.of("true", "No", "false", "Yes"))));
    return "sources:\n" + crm + accounting + helpdesk;
  }

  @BeforeAll
  static void writeBothForms() throws IOException {
    contract = temp.resolve("contract");
    mapped = temp.resolve("mapped");
    SyntheticDataset.write(contract, 150, 11);
    Files.createDirectories(mapped);
    try (Stream<Path> files = Files.list(contract)) {
      for (Path file : files.toList()) {
        Files.copy(file, mapped.resolve(file.getFileName()));
      }
    }
    Files.writeString(
        mapped.resolve("dataset.yaml"),
        Files.readString(contract.resolve("dataset.yaml")) + sources(mapped));
  }

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = KeepwiseCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  @Test
  void mappedExportsGiveExactlyTheDecisionsOfTheContractForm() {
    assertTrue(
        Files.exists(mapped.resolve("exports/crm-accounts.xlsx"))
            && !Files.exists(mapped.resolve("customers.csv")));
    String[] fromContract = run("score", "--data", contract.toString(), "--format", "json");
    String[] fromExports = run("score", "--data", mapped.toString(), "--format", "json");
    assertEquals("0", fromExports[0], fromExports[2]);
    assertEquals(fromContract[1], fromExports[1]);
    String[] csv = run("score", "--data", mapped.toString());
    assertEquals(run("score", "--data", contract.toString())[1], csv[1]);
    assertTrue(
        csv[1].contains("EXIT_NOW") && csv[1].contains("NURTURE") && csv[1].lines().count() == 151,
        csv[1]);
  }

  /** The README's worked example, as written there. */
  static String readmeExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("## Real exports");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theReadmesWorkedExampleReadsTheseExports() throws IOException {
    Path readme = temp.resolve("readme");
    Files.createDirectories(readme);
    try (Stream<Path> files = Files.walk(mapped)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = readme.resolve(mapped.relativize(file));
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    Files.writeString(readme.resolve("dataset.yaml"), readmeExample());
    String[] check = run("check", "--data", readme.toString());
    assertEquals("0", check[0], check[1] + check[2]);
    assertEquals(
        run("score", "--data", contract.toString())[1],
        run("score", "--data", readme.toString())[1]);
  }

  @Test
  void explainShowsTheSameEvidenceWhereItIsInTheExports() {
    String decisions = run("score", "--data", contract.toString())[1];
    for (String action : List.of("EXIT_NOW", "RESET_TERMS")) {
      // A customer whose evidence is in the mapped files (late invoices or costly tickets).
      String id =
          decisions
              .lines()
              .filter(
                  l ->
                      l.contains("," + action + ",")
                          && (l.contains("PAYS_LATE") || l.contains("NEEDS_HIGH_TOUCH")))
              .findFirst()
              .orElseThrow()
              .split(",")[0];
      String fromContract = run("explain", "--data", contract.toString(), id)[1];
      String fromExports = run("explain", "--data", mapped.toString(), id)[1];
      assertTrue(
          fromContract.contains("invoices.csv:") || fromContract.contains("tickets.csv:"),
          fromContract);
      assertEquals(
          fromContract
              .replace("invoices.csv:", "exports/fakturor.csv:")
              .replace("tickets.csv:", "exports/helpdesk-tickets.csv:")
              .replaceAll("(exports/\\S+:\\d+) {1,20}", "$1 "),
          fromExports.replaceAll("(exports/\\S+:\\d+) {1,20}", "$1 "));
    }
  }

  @Test
  void checkReadsTheSameRowsFromTheExports() {
    String[] check = run("check", "--data", mapped.toString());
    assertEquals("0", check[0], check[1] + check[2]);
    String[] same = run("check", "--data", contract.toString());
    assertEquals(
        same[1].replace(contract.toString(), "DIR"), check[1].replace(mapped.toString(), "DIR"));
  }

  static List<String> schemaProblems(String yaml) throws IOException {
    return com.keepwise.reports.policytest.SchemaValidityTest.problems(DatasetSchema.json(), yaml);
  }

  @Test
  void theDatasetSchemaAcceptsTheMappingAndRefusesWhatTheReaderRefuses() throws IOException {
    String yaml = Files.readString(mapped.resolve("dataset.yaml"));
    assertEquals(List.of(), schemaProblems(yaml));
    assertFalse(
        schemaProblems(
                TextEdit.replaced(
                    yaml, "    columns:\n      invoice_id:", "    columns:\n      invoice_idd:"))
            .isEmpty());
    assertFalse(schemaProblems(TextEdit.replaced(yaml, "  invoices:\n", "  invoice:\n")).isEmpty());
    assertFalse(
        schemaProblems(TextEdit.replaced(yaml, "\"High\": \"high\"", "\"High\": \"highest\""))
            .isEmpty());
    assertFalse(schemaProblems(TextEdit.replaced(yaml, "    decimal:", "    decimals:")).isEmpty());
  }

  @Test
  void theSameSignalsAreRead() throws IOException {
    Reading fromContract = Reading.of(contract);
    Reading fromExports = Reading.of(mapped);
    assertEquals(List.of(), fromExports.problems());
    assertEquals(fromContract.dataset().customers(), fromExports.dataset().customers());
    assertEquals(
        DatasetReadingProperties.sorted(fromContract.signals()),
        DatasetReadingProperties.sorted(fromExports.signals()));
  }
}
