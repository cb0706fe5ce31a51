package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user runs them: exit codes, standard output and standard error. */
class CommandLineTest {

  @TempDir Path temp;

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C2", "Late, \"Payer\" AB", "smb", "20000")
        .customer("C1", "Good Co", "smb", "50000")
        .customer("C3", "Bully Ltd", "enterprise", "80000")
        .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount", "paid")
        .row("invoices.csv", "I1", "C2", "2026-05-01", "2026-05-31", "2000", "")
        .row("invoices.csv", "I2", "C1", "2026-05-01", "2026-05-31", "2000", "2026-05-30")
        .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity")
        .row("incidents.csv", "X1", "C3", "2026-06-01", "threat", "4")
        .writeTo(temp.resolve("data"));
  }

  @Test
  void everyCommandIsListedInTheHelp() {
    CliRun run = CliRun.of("--help");
    assertEquals(ExitCodes.SUCCESS, run.exit());
    CommandLine cli =
        KeepwiseCli.commandLine(
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(new java.io.StringWriter()));
    for (String command : cli.getSubcommands().keySet()) {
      assertTrue(run.out().contains("  " + command + " "), command + " is not in the help");
      assertEquals(ExitCodes.SUCCESS, CliRun.of(command, "--help").exit(), command + " --help");
    }
    assertTrue(run.out().contains("Exit codes:"));
  }

  @Test
  void aCommandRunAloneSaysWhatItSaysAmongAllTheOthers() {
    for (Class<?> command : KeepwiseCli.SUBCOMMANDS) {
      String name = command.getAnnotation(CommandLine.Command.class).name();
      for (List<String> args :
          List.of(List.of(name, "--help"), List.of(name, "--no-such-option"))) {
        String[] line = args.toArray(String[]::new);
        assertEquals(CliRun.withEveryCommand(line), CliRun.of(line), String.join(" ", args));
      }
      if (command != CommandLine.HelpCommand.class) {
        assertEquals(List.of(command), KeepwiseCli.subcommandsFor(name, "--help"), name);
      }
    }
    assertEquals(KeepwiseCli.SUBCOMMANDS, KeepwiseCli.subcommandsFor("help", "check"));
    assertEquals(KeepwiseCli.SUBCOMMANDS, KeepwiseCli.subcommandsFor("--version"));
  }

  @Test
  void versionIsPrinted() {
    CliRun run = CliRun.of("--version");
    assertEquals(ExitCodes.SUCCESS, run.exit());
    assertTrue(run.out().startsWith("keepwise "), run.out());
  }

  @Test
  void aWrongOptionIsAUsageError() {
    CliRun run = CliRun.of("score", "--data");
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(
        run.err().contains("Missing required parameter") || run.err().contains("requires"),
        run.err());
  }

  @Test
  void scoreWritesTheDecisionsSortedByCustomerId() throws IOException {
    Path out = temp.resolve("decisions.csv");
    CliRun run = CliRun.of("score", "--data", dataset().toString(), "--out", out.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(
        "customer_id,name,segment,action,risk_score,value_score,rule,reasons", lines.get(0));
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).startsWith("C1,Good Co,smb,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("C2,\"Late, \"\"Payer\"\" AB\",smb,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("C3,Bully Ltd,enterprise,EXIT_NOW,"), lines.get(3));
    assertTrue(lines.get(3).contains(",threat,BULLIES_STAFF"), lines.get(3));
  }

  @Test
  void scoreOutDashIsStandardOutput() throws IOException {
    CliRun toDash = CliRun.of("score", "--data", dataset().toString(), "--out", "-");
    CliRun plain = CliRun.of("score", "--data", dataset().toString());
    assertEquals(ExitCodes.SUCCESS, toDash.exit(), toDash.err());
    assertEquals(plain.out(), toDash.out());
    assertTrue(toDash.out().startsWith("customer_id,name,"), toDash.out());
    assertFalse(Files.exists(Path.of("-")), "a file named - was written");
  }

  @Test
  void scoreAsJsonCarriesTheExplanation() throws IOException {
    CliRun run = CliRun.of("score", "--data", dataset().toString(), "--format", "json");
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    JsonNode decisions = new ObjectMapper().readTree(run.out());
    assertEquals(3, decisions.size());
    JsonNode bully = decisions.get(2);
    assertEquals("C3", bully.get("customer_id").asText());
    assertEquals("EXIT_NOW", bully.get("action").asText());
    assertEquals("threat", bully.get("rule").asText());
    JsonNode reason = bully.at("/explanation/reasons/0");
    assertEquals("BULLIES_STAFF", reason.get("code").asText());
    assertEquals("incidents.csv", reason.at("/evidence/0/file").asText());
    assertEquals(2, reason.at("/evidence/0/line").asInt());
    assertTrue(bully.at("/explanation/criteria").size() >= 19);
  }

  @Test
  void decisionsJsonKeepsItsShape() throws IOException {
    CliRun run = CliRun.of("score", "--data", dataset().toString(), "--format", "json");
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    // An array, one customer a line.
    assertEquals("[", lines.get(0));
    assertEquals("]", lines.get(lines.size() - 1));
    assertEquals(5, lines.size(), run.out());
    assertTrue(lines.get(1).endsWith("},") && lines.get(3).endsWith("}"), run.out());
    JsonNode decisions = new ObjectMapper().readTree(run.out());
    JsonNode good = decisions.get(0);
    assertEquals(
        List.of(
            "customer_id",
            "name",
            "segment",
            "action",
            "risk_score",
            "value_score",
            "rule",
            "reasons",
            "risk_band",
            "value_band",
            "explanation"),
        fieldNames(good));
    assertTrue(good.get("rule").isNull(), "no hard rule decided: " + good);
    assertTrue(good.get("risk_score").isNumber(), good.toString());
    assertEquals(
        List.of("reasons", "criteria", "value", "trend", "steps"),
        fieldNames(good.get("explanation")));
    assertEquals(
        List.of("earlier", "recent", "worsening"), fieldNames(good.at("/explanation/trend")));
    assertEquals(List.of("kind", "subject", "action"), fieldNames(good.at("/explanation/steps/0")));
    JsonNode reason = decisions.get(2).at("/explanation/reasons/0");
    assertEquals(List.of("code", "kind", "points", "fact", "evidence"), fieldNames(reason));
    assertEquals(List.of("file", "line", "day"), fieldNames(reason.at("/evidence/0")));
    assertEquals("2026-06-01", reason.at("/evidence/0/day").asText());
    // Words only where a criterion moved the score.
    for (JsonNode criterion : decisions.get(2).at("/explanation/criteria")) {
      List<String> expected =
          new java.util.ArrayList<>(
              List.of("id", "measured", "facts", "severity", "weight", "points", "evidence"));
      if (criterion.get("points").decimalValue().signum() != 0) {
        expected.add(6, "says");
      }
      assertEquals(expected, fieldNames(criterion), criterion.toString());
    }
    JsonNode bullied = decisions.get(2).at("/explanation/criteria").findParent("abuse_points");
    assertTrue(bullied.get("abuse_points").isNumber(), bullied.toString());
    assertFalse(run.out().contains("E+") || run.out().contains("E-"), "numbers written plainly");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void invalidDataWritesNothingAndListsEveryProblem() throws IOException {
    Path data =
        DatasetFiles.withCustomers()
            .customer("C1", "Good Co", "smb", "-5")
            .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount")
            .row("invoices.csv", "I1", "C9", "2026-13-01", "2026-01-31", "ten")
            .writeTo(temp.resolve("bad"));
    Path out = temp.resolve("decisions.csv");
    CliRun run = CliRun.of("score", "--data", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertFalse(Files.exists(out));
    assertEquals(
        List.of(
            "customers.csv:2:5: annual_revenue '-5' must be zero or more (expected a plain decimal like 1200.50)",
            "invoices.csv:2:2: customer_id 'C9' is not in customers.csv (expected the customer_id of a row of customers.csv)",
            "invoices.csv:2:3: issued '2026-13-01' is not a date (expected a date like 2026-03-04)",
            "invoices.csv:2:5: amount 'ten' is not a plain decimal (expected a plain decimal like 1200.50)"),
        run.err().lines().toList());
    try (var files = Files.list(temp)) {
      assertTrue(
          files.noneMatch(p -> p.getFileName().toString().endsWith(".part")),
          "no temporary file left");
    }
  }

  @Test
  void explainShowsTheDecisionTheReasonsAndTheEvidence() throws IOException {
    CliRun run = CliRun.of("explain", "--data", dataset().toString(), "C3");
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(run.out().contains("Action: EXIT_NOW (Exit now)"), run.out());
    assertTrue(run.out().contains("hard rule threat decided: EXIT_NOW"), run.out());
    assertTrue(run.out().contains("1. Bullies or threatens staff (+"), run.out());
    assertTrue(run.out().contains("incidents.csv:2"), run.out());
  }

  @Test
  void explainingAnUnknownCustomerIsAnInputError() throws IOException {
    CliRun run = CliRun.of("explain", "--data", dataset().toString(), "C404");
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertTrue(run.err().startsWith("customer 'C404' is not in "), run.err());
  }

  @Test
  void checkValidatesPolicies() throws IOException {
    Path good = temp.resolve("policy.yaml");
    Files.writeString(good, PolicyLoader.defaultPolicyText());
    assertEquals(ExitCodes.SUCCESS, CliRun.of("check", good.toString()).exit());
    Path bad = temp.resolve("bad.yaml");
    Files.writeString(
        bad, PolicyLoader.defaultPolicyText().replaceFirst("weight: 10", "weight: -1"));
    CliRun run = CliRun.of("check", bad.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    String text = PolicyLoader.defaultPolicyText();
    long line = text.substring(0, text.indexOf("weight: 10")).lines().count();
    assertTrue(
        run.err()
            .startsWith(
                bad
                    + ":"
                    + line
                    + ":13: criteria.pays_late.weight: is -1 (expected a weight from 0 to 100)"),
        run.err());
  }

  @Test
  void aMissingDatasetIsAnInputErrorWithoutAStackTrace() {
    CliRun run = CliRun.of("score", "--data", temp.resolve("nowhere").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertTrue(run.err().contains("no such dataset directory"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aBugShowsItsStackTraceOnlyWhenStacktraceIsGiven() {
    IllegalStateException bug = new IllegalStateException("a bug");
    for (List<String> args :
        List.of(
            List.of("--stacktrace", "check", "policy.yaml"),
            List.of("check", "--stacktrace", "policy.yaml"))) {
      String err = internalError(bug, args);
      assertTrue(err.startsWith("keepwise: internal error, please report it: "), err);
      assertTrue(err.contains("\tat "), args + ": " + err);
    }
    // A file named --stacktrace, after "--", is a file, not the option.
    for (List<String> args :
        List.of(List.of("check", "policy.yaml"), List.of("check", "--", "--stacktrace"))) {
      String err = internalError(bug, args);
      assertEquals(
          "keepwise: internal error, please report it: java.lang.IllegalStateException: a bug\n"
              + "(run again with --stacktrace for the details)\n",
          err,
          args.toString());
    }
  }

  /** What the command line prints when running {@code args} meets {@code bug}. */
  private static String internalError(RuntimeException bug, List<String> args) {
    java.io.StringWriter err = new java.io.StringWriter();
    CommandLine cli =
        KeepwiseCli.commandLine(
            new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
    CommandLine.ParseResult parsed = cli.parseArgs(args.toArray(String[]::new));
    int exit =
        new KeepwiseCli.ErrorHandler()
            .handleExecutionException(bug, parsed.subcommand().commandSpec().commandLine(), parsed);
    assertEquals(ExitCodes.INTERNAL_ERROR, exit);
    return err.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void schemaIsJsonSchema() throws IOException {
    CliRun run = CliRun.of("schema");
    assertEquals(ExitCodes.SUCCESS, run.exit());
    JsonNode schema = new ObjectMapper().readTree(run.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertTrue(
        schema
            .at(
                "/properties/criteria/properties/pays_late/properties/thresholds/properties/late_invoices")
            .isObject());
  }

  @Test
  void generateWritesADatasetAndRefusesToWriteOverOne() throws IOException {
    Path out = temp.resolve("generated");
    CliRun run = CliRun.of("generate", "--customers", "40", "--seed", "3", "--out", out.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(run.out().startsWith("Wrote 40 customers and "), run.out());
    assertTrue(Files.isRegularFile(out.resolve("advice.csv")));
    CliRun again = CliRun.of("generate", "--customers", "40", "--out", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, again.exit());
    assertEquals(
        out
            + " exists and is not an empty directory (expected a new or empty directory): nothing was written",
        again.err().strip());
  }

  @Test
  void demoBuildsTheSiteOfTheEmbeddedDataset() throws IOException {
    Path out = temp.resolve("demo");
    CliRun run = CliRun.of("demo", "--out", out.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    assertTrue(run.out().startsWith(DemoSitesTest.summaryOf(out)), run.out());
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    assertTrue(Files.isRegularFile(out.resolve("decisions.csv")));
  }
}
