package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code keepwise test}: case files run under a policy, reported like a test runner. */
class TestCommandTest {

  @TempDir Path temp;

  /** A fixture of {@code src/test/resources/policytest}, copied into the temporary directory. */
  Path fixture(String name) throws IOException {
    Path file = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/policytest/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void passingAndFailingCasesAreReportedLikeATestRunner() throws IOException {
    Path cases = fixture("cases-pass-and-fail.yaml");
    CliRun run = CliRun.of("test", cases.toString());
    assertEquals(ExitCodes.CHECKS_FAILED, run.exit(), run.err());
    assertEquals(
        List.of(
            cases.toString(),
            "  PASS  a threat is exited, even in a long-standing relationship",
            "  PASS  an ordinary customer is kept",
            "  FAIL  a non-payer is kept on our terms  (" + cases + ":27)",
            "        expected  RESET_TERMS, risk ≤ 40, with PAYS_LATE HAGGLES",
            "        got       EXIT_NOW by rule non_payment, risk 50.5, value 73.4, reasons PAYS_LATE",
            "        failed    action is EXIT_NOW (expected RESET_TERMS)",
            "        failed    risk is 50.5 (expected ≤ 40)",
            "        failed    reason HAGGLES is missing (expected it among the reasons)",
            "        because   PAYS_LATE +50.5 risk: 1 invoice unpaid, 30,000 EUR in all, overdue since 2026-07-04 (120 days);"
                + " besides, paid 4 of 13 invoices late, 45 days on average",
            "2 passed, 1 failed"),
        run.out().lines().toList());
    assertEquals("", run.err());
  }

  @Test
  void aCaseMayExpectOneOfSeveralActionsOrABound() throws IOException {
    Path cases = temp.resolve("ranges.yaml");
    Files.writeString(
        cases,
        String.join(
            "\n",
            "cases:",
            "  - name: an ordinary customer is kept or nurtured",
            "    customer: {industry: software, region: SE, growth_potential: medium}",
            "    events: {invoices: {count: 12}, referrals: {count: 1}}",
            "    expect: {action: [NURTURE, KEEP]}",
            "  - name: a threat is at least a referral elsewhere",
            "    events: {incidents: {kind: threat, severity: 4}}",
            "    expect: {at_least: REFER_ELSEWHERE}",
            "  - name: a threat is at most a watch",
            "    events: {incidents: {kind: threat, severity: 4}}",
            "    expect: {at_least: KEEP, at_most: WATCH}",
            "  - name: a threat is watched or re-termed",
            "    events: {incidents: {kind: threat, severity: 4}}",
            "    expect: {action: [WATCH, RESET_TERMS]}",
            ""));
    CliRun run = CliRun.of("test", cases.toString());
    assertEquals(ExitCodes.CHECKS_FAILED, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("  PASS  an ordinary customer is kept or nurtured", lines.get(1));
    assertEquals("  PASS  a threat is at least a referral elsewhere", lines.get(2));
    assertTrue(lines.contains("        expected  KEEP–WATCH"), run.out());
    assertTrue(
        lines.contains("        failed    action is EXIT_NOW (expected KEEP–WATCH)"), run.out());
    assertTrue(
        lines.contains("        failed    action is EXIT_NOW (expected WATCH or RESET_TERMS)"),
        run.out());
    assertEquals("2 passed, 2 failed", lines.get(lines.size() - 1));
  }

  @Test
  void aCaseThatSaysNoActionOrAnEmptyRangeIsLocated() throws IOException {
    Path cases = temp.resolve("no-action.yaml");
    Files.writeString(
        cases,
        String.join(
            "\n",
            "cases:",
            "  - name: says nothing",
            "    events: {incidents: {kind: threat, severity: 4}}",
            "    expect: {rule: threat}",
            "  - name: allows nothing",
            "    events: {incidents: {kind: threat, severity: 4}}",
            "    expect: {at_least: EXIT_NOW, at_most: KEEP}",
            ""));
    CliRun run = CliRun.of("test", cases.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertTrue(
        run.err()
            .contains(
                cases
                    + ":4:13: cases[0].expect: says no action (expected action, at_least or at_most,"
                    + " such as action: RESET_TERMS)"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                cases
                    + ":7:13: cases[1].expect: allows no action (expected at_least no harsher than at_most)"),
        run.err());
  }

  @Test
  void casesThatAllPassExitZero() throws IOException {
    Path cases = temp.resolve("passing.yaml");
    Files.writeString(
        cases,
        String.join(
            "\n",
            "cases:",
            "  - name: threats are exited",
            "    events: {incidents: {kind: threat, severity: 4}}",
            "    expect: {action: EXIT_NOW, rule: threat, reasons: [BULLIES_STAFF]}",
            "  - name: a customer who is outside the profile and nothing else is kept",
            "    customer: {industry: mining, region: US, growth_potential: medium}",
            "    events: {invoices: {count: 12}, referrals: {count: 1}}",
            "    expect: {action: KEEP, reasons: [FALLS_OUTSIDE_PROFILE], risk: {max: 15}}",
            ""));
    CliRun run = CliRun.of("test", temp.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.out() + run.err());
    assertEquals(
        List.of(
            cases.toString(),
            "  PASS  threats are exited",
            "  PASS  a customer who is outside the profile and nothing else is kept",
            "2 passed, 0 failed"),
        run.out().lines().toList());
  }

  @Test
  void junitXmlListsEveryCaseAndTheFailures() throws Exception {
    Path cases = fixture("cases-pass-and-fail.yaml");
    Path report = temp.resolve("reports/policy-tests.xml");
    assertEquals(
        ExitCodes.CHECKS_FAILED,
        CliRun.of("test", cases.toString(), "--junit", report.toString()).exit());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
    Element suites = xml.getDocumentElement();
    assertEquals("testsuites", suites.getTagName());
    assertEquals("3", suites.getAttribute("tests"));
    assertEquals("1", suites.getAttribute("failures"));
    NodeList testcases = xml.getElementsByTagName("testcase");
    assertEquals(3, testcases.getLength());
    assertEquals(
        "a non-payer is kept on our terms", ((Element) testcases.item(2)).getAttribute("name"));
    NodeList failures = xml.getElementsByTagName("failure");
    assertEquals(1, failures.getLength());
    Element failure = (Element) failures.item(0);
    assertEquals(
        "action is EXIT_NOW (expected RESET_TERMS); risk is 50.5 (expected ≤ 40);"
            + " reason HAGGLES is missing (expected it among the reasons)",
        failure.getAttribute("message"));
    assertTrue(
        failure
            .getTextContent()
            .startsWith("expected  RESET_TERMS, risk ≤ 40, with PAYS_LATE HAGGLES\n"),
        failure.getTextContent());
    byte[] first = Files.readAllBytes(report);
    CliRun.of("test", cases.toString(), "--junit", report.toString());
    assertEquals(
        new String(first, java.nio.charset.StandardCharsets.UTF_8),
        Files.readString(report),
        "deterministic");
  }

  @Test
  void unknownKeysAreLocatedWithTheNearestValidKey() throws IOException {
    Path cases = fixture("cases-unknown-key.yaml");
    CliRun run = CliRun.of("test", cases.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertEquals(
        List.of(
            cases
                + ":2:5: cases[0].expect: is required (expected the action, and optionally rule, risk, value and reasons)",
            cases
                + ":4:5: cases[0]: unknown key 'expct' (expected one of customer, customer_id, dataset, events, expect,"
                + " name, peers; did you mean 'expect'?)"),
        run.err().lines().toList());
    assertEquals("", run.out());
  }

  @Test
  void everyWrongValueIsReportedAtOnce() throws IOException {
    Path cases = fixture("cases-bad-values.yaml");
    CliRun run = CliRun.of("test", cases.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    List<String> lines = run.err().lines().toList();
    assertEquals(
        List.of(
            cases
                + ":3:34: cases[0].customer.growth_potential: 'huge' is not allowed here (expected one of none, low, medium,"
                + " high; did you mean 'high'?)",
            cases + ":3:47: cases[0].customer.years: is -1 (expected 0 to 100 years)",
            cases
                + ":5:25: cases[0].events.incidents.kind: 'thraet' is not allowed here (expected one of personal_attack,"
                + " threat, public_shaming, aggressive_accusation, rudeness, dishonesty, unethical_request; did you mean 'threat'?)",
            cases + ":5:43: cases[0].events.incidents.severity: is 9 (expected 1 to 5)",
            cases
                + ":6:26: cases[0].events.advice.followed: 'maybe' is not allowed here (expected one of yes, partly, no)",
            cases
                + ":7:17: cases[0].events.invoices: has more late invoices than invoices (expected late at most count)",
            cases
                + ":9:15: cases[0].expect.action: 'EXIT_NWO' is not allowed here (expected one of NURTURE, KEEP, WATCH,"
                + " RESET_TERMS, REFER_ELSEWHERE, EXIT_NOW; did you mean 'EXIT_NOW'?)",
            cases
                + ":10:13: cases[0].expect.risk: is empty or upside down (expected min, max or both, with min not above max)"),
        lines.subList(0, 8));
    assertTrue(
        lines
            .get(8)
            .startsWith(
                cases
                    + ":11:17: cases[0].expect.reasons[0]: 'PAYS_LAET' is not allowed here"
                    + " (expected one of PAYS_LATE, HAGGLES, "),
        lines.get(8));
    assertTrue(lines.get(8).endsWith("; did you mean 'PAYS_LATE'?)"), lines.get(8));
    assertEquals(9, lines.size());
  }

  @Test
  void aCaseNamesExactlyOneKindOfSituation() throws IOException {
    Path cases = fixture("cases-no-situation.yaml");
    CliRun run = CliRun.of("test", cases.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertEquals(
        List.of(
            cases
                + ":2:5: cases[0]: mixes a dataset with an inline customer (expected dataset with customer_id, or customer"
                + " with events and peers)",
            cases
                + ":7:5: cases[1]: names no situation (expected dataset with customer_id, or customer with its events)"),
        run.err().lines().toList());
  }

  @Test
  void missingDatasetsAndUnknownRulesAreLocated() throws IOException {
    Path cases = fixture("cases-dataset-missing.yaml");
    CliRun run = CliRun.of("test", cases.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertEquals(
        List.of(
            cases
                + ":3:14: cases[0].dataset: 'no-such-dir' is not a dataset (expected a directory with customers.csv,"
                + " relative to cases-dataset-missing.yaml)",
            cases
                + ":8:38: cases[1].expect.rule: 'thraet' is not a hard rule of the policy (expected one of non_payment,"
                + " threat, repeated_abuse, bullying, unethical_demands, none; did you mean 'threat'?)"),
        run.err().lines().toList());
  }

  @Test
  void datasetCasesAreJudgedAmongTheirDatasetAndUnknownCustomersAreLocated() throws IOException {
    smallDataset(temp.resolve("data"));
    Path cases = fixture("cases-dataset.yaml");
    CliRun run = CliRun.of("test", cases.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertEquals(
        List.of(
            cases
                + ":18:18: cases[2].customer_id: 'C9' is not in "
                + temp.resolve("data/customers.csv")
                + " (expected the customer_id of a customer in the dataset)"),
        run.err().lines().toList());

    Files.writeString(
        cases,
        TextEdit.of(Files.readString(cases))
            .replace("customer_id: C9", "customer_id: C2")
            .replace("the dataset does not have", "who does not pay is exited")
            .replace("expect: {action: KEEP}", "expect: {action: EXIT_NOW}")
            .text());
    CliRun fixed = CliRun.of("test", cases.toString());
    assertEquals(ExitCodes.SUCCESS, fixed.exit(), fixed.out() + fixed.err());
    assertEquals(
        List.of(
            cases.toString(),
            "  PASS  the good customer is nurtured",
            "  PASS  the bully is exited",
            "  PASS  a customer who does not pay is exited",
            "3 passed, 0 failed"),
        fixed.out().lines().toList());
  }

  @Test
  void aPolicyWithProblemsStopsTheRun() throws IOException {
    Path policy = temp.resolve("policy.yaml");
    Files.writeString(policy, "version: 2\n");
    CliRun run =
        CliRun.of(
            "test", "--policy", policy.toString(), fixture("cases-pass-and-fail.yaml").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertTrue(run.err().contains(policy + ":1:10: version: is 2 (expected 1)\n"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void withoutCasesItIsAUsageError() {
    assertEquals(ExitCodes.USAGE, CliRun.of("test").exit());
  }

  static Path smallDataset(Path dir) throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C1", "Good Co", "smb", "50000")
        .customer("C2", "Late Payer AB", "smb", "20000")
        .customer("C3", "Bully Ltd", "enterprise", "80000")
        .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount", "paid")
        .row("invoices.csv", "I1", "C2", "2026-05-01", "2026-05-31", "2000", "")
        .row("invoices.csv", "I2", "C1", "2026-05-01", "2026-05-31", "2000", "2026-05-30")
        .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity")
        .row("incidents.csv", "X1", "C3", "2026-06-01", "threat", "4")
        .writeTo(dir);
  }
}
