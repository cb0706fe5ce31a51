package com.keepwise.reports.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.review.Timings;
import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customer's explanation as the terminal shows it, rendered without the command line. */
class PlainExplanationTest {

  @TempDir Path temp;

  @Test
  void showsTheActionTheStepsTheReasonsAndTheEvidenceRows() throws IOException {
    Path data =
        DatasetFiles.withCustomers()
            .customer("C1", "Good Co", "smb", "50000")
            .customer("C3", "Bully\nLtd", "enterprise", "80000")
            .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity")
            .row("incidents.csv", "X1", "C3", "2026-06-01", "threat", "4")
            .writeTo(temp.resolve("data"));
    PortfolioReview review =
        PortfolioReview.read(data, PolicyLoader::defaultPolicy, false, new Timings(), null);
    Assessment bully = review.assess("C3").orElseThrow();

    String text = explained(new PlainExplanation(review, data), bully);

    assertTrue(text.startsWith("C3  Bully\\nLtd  (segment enterprise)\n"), text);
    assertTrue(text.contains("\nAction: EXIT_NOW (Exit now)\n"), text);
    assertTrue(text.contains("\nHow the action was reached:\n  - "), text);
    assertTrue(text.contains("hard rule threat decided: EXIT_NOW"), text);
    assertTrue(
        text.contains("\nReasons, strongest first:\n  1. Bullies or threatens staff (+"), text);
    assertTrue(text.contains("\nEvidence, oldest first:\n  2026-06-01  incidents.csv:2"), text);
    assertTrue(text.contains("kind=threat, severity=4"), text);
  }

  @Test
  void aCustomerWithoutEvidenceEndsAtTheTrend() throws IOException {
    Path data =
        DatasetFiles.withCustomers()
            .customer("C1", "Good Co", "smb", "50000")
            .writeTo(temp.resolve("data"));
    PortfolioReview review =
        PortfolioReview.read(data, PolicyLoader::defaultPolicy, false, new Timings(), null);

    String text = explained(new PlainExplanation(review, data), review.assess("C1").orElseThrow());

    assertTrue(text.contains("\nAction: NURTURE (Nurture)\n"), text);
    assertTrue(
        text.contains("\n  revenue                     0.3750 × 30   × 1.1765 =  13.2   "), text);
    assertTrue(
        text.endsWith("\nTrend: 0 problem events in the earlier part of the window, 0 recently\n"),
        text);
  }

  @Test
  void oneProblemEventIsSingular() {
    assertEquals(
        "Trend: 1 problem event in the earlier part of the window, 0 recently",
        PlainExplanation.trend(1, 0));
    assertEquals(
        "Trend: 2 problem events in the earlier part of the window, 1 recently",
        PlainExplanation.trend(2, 1));
  }

  private static String explained(PlainExplanation explanation, Assessment assessment)
      throws IOException {
    StringWriter out = new StringWriter();
    explanation.print(assessment, new PrintWriter(out));
    return out.toString().replace(System.lineSeparator(), "\n");
  }
}
