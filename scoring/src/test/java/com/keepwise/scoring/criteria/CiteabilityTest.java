package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16 #9: each criterion says whether its facts may be cited to the customer. */
class CiteabilityTest {

  @Test
  void behaviourTheCustomerRecognises_isCiteable() {
    // late or unpaid invoices, calls at night, out-of-scope requests, missed meetings, incidents
    for (String id :
        List.of(
            "pays_late",
            "over_communicates",
            "makes_unreasonable_demands",
            "misses_meetings",
            "bullies_staff",
            "acts_dishonestly",
            "makes_unethical_requests")) {
      assertTrue(Catalog.byId(Side.RISK, id).orElseThrow().citeable(), id);
    }
  }

  @Test
  void ourAssessment_isNeverCiteable() {
    // margin, cost to serve, norms, growth potential, referrals, profile fit
    for (String id :
        List.of(
            "is_unprofitable",
            "needs_high_touch",
            "has_no_growth_potential",
            "sends_no_referrals",
            "falls_outside_profile")) {
      assertFalse(Catalog.byId(Side.RISK, id).orElseThrow().citeable(), id);
    }
    for (Criterion c : Catalog.of(Side.VALUE)) {
      assertEquals(Citeability.OUR_ASSESSMENT, c.citeability(), c.id());
    }
  }

  @Test
  void theDocumentationNamesEveryRiskCriterionOnItsSide() throws Exception {
    Path doc =
        Path.of(System.getProperty("user.dir")).getParent().resolve("docs/policy-as-code.md");
    String table =
        Files.readAllLines(doc).stream()
            .filter(l -> l.startsWith("| `pays_late`"))
            .findFirst()
            .orElseThrow();
    String[] columns = table.split("\\|");
    for (Criterion c : Catalog.of(Side.RISK)) {
      assertTrue(
          columns[c.citeable() ? 1 : 2].contains("`" + c.id() + "`"),
          c.id() + " is on the wrong side of the table");
    }
  }
}
