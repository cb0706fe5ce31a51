package com.keepwise.reports.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.dataset.FileSummary;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.WeighedCriterion;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The synthetic datasets: valid, deterministic, realistic, and every persona doing what it says.
 */
class SyntheticDatasetTest {

  @TempDir static Path shared;
  @TempDir Path temp;

  static Path large;
  static Map<Persona, List<Assessment>> byPersona = new EnumMap<>(Persona.class);

  @BeforeAll
  static void generateOnce() throws IOException {
    large = shared.resolve("2000");
    SyntheticDataset.write(large, 2_000, 11);
    PortfolioReview review = PortfolioReview.of(Dataset.open(large), PolicyLoader.defaultPolicy());
    for (int i = 0; i < review.size(); i++) {
      Assessment a = review.assess(i);
      int index = Integer.parseInt(a.customer().id().value().substring(1)) - 1;
      byPersona
          .computeIfAbsent(SyntheticDataset.personaOf(11, index), p -> new java.util.ArrayList<>())
          .add(a);
    }
  }

  @Test
  void theSameSeedGivesByteIdenticalFiles() throws IOException {
    SyntheticDataset.write(temp.resolve("a"), 150, 5);
    SyntheticDataset.write(temp.resolve("b"), 150, 5);
    SyntheticDataset.write(temp.resolve("c"), 150, 6);
    boolean differs = false;
    for (String file : SyntheticDataset.files()) {
      assertArrayEquals(
          Files.readAllBytes(temp.resolve("a").resolve(file)),
          Files.readAllBytes(temp.resolve("b").resolve(file)),
          file);
      differs |=
          !java.util.Arrays.equals(
              Files.readAllBytes(temp.resolve("a").resolve(file)),
              Files.readAllBytes(temp.resolve("c").resolve(file)));
    }
    assertTrue(differs, "another seed gives another dataset");
  }

  @ParameterizedTest(name = "{0} customers, seed {1}")
  @CsvSource({"1, 1", "7, 2", "23, 3", "300, 4", "300, 99"})
  void anyGeneratedDatasetValidates(int customers, long seed) throws IOException {
    Path dir =
        SyntheticDataset.write(temp.resolve("d"), customers, seed) != null
            ? temp.resolve("d")
            : null;
    DatasetReport report = Dataset.open(dir).readEvents((c, s, l) -> {});
    assertEquals(List.of(), report.problems());
    assertEquals(customers, report.customers());
    assertTrue(report.files().stream().allMatch(FileSummary::present));
  }

  @Test
  void aboutThirtyEventRowsACustomer() throws IOException {
    long events = 0;
    for (String file : SyntheticDataset.files()) {
      if (file.endsWith(".csv") && !file.equals("customers.csv")) {
        try (var lines = Files.lines(large.resolve(file))) {
          events += lines.count() - 1;
        }
      }
    }
    double perCustomer = events / 2_000.0;
    assertTrue(perCustomer > 25 && perCustomer < 40, "rows a customer: " + perCustomer);
  }

  @Test
  void namesComeInSeveralScriptsWithCommasAndQuotes() throws IOException {
    String customers = Files.readString(large.resolve("customers.csv"), StandardCharsets.UTF_8);
    assertTrue(
        customers
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        "Japanese");
    assertTrue(
        customers
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
        "Persian");
    assertTrue(
        customers.contains("ø") && customers.contains("å") && customers.contains("ł"),
        "Nordic and Polish letters");
    assertTrue(customers.contains("\"\"Best\"\""), "quotes, escaped by doubling");
    assertTrue(customers.contains("\"Smith, Jones"), "commas inside a quoted field");
  }

  @Test
  void everyPersonaOccurs() {
    for (Persona persona : Persona.values()) {
      assertFalse(byPersona.getOrDefault(persona, List.of()).isEmpty(), persona + " never occurs");
    }
  }

  @Test
  void everyBadPersonaShowsTheBehaviourItPromises() {
    assertAll(Persona.NON_PAYER, a -> fact(a, "pays_late", "days_overdue") >= 90);
    assertAll(Persona.LATE_PAYER, a -> fact(a, "pays_late", "late_invoices") >= 1);
    assertAll(Persona.BULLY, a -> fact(a, "bullies_staff", "incidents") >= 2);
    assertAll(Persona.THREATENER, a -> fact(a, "bullies_staff", "threats") >= 1);
    assertAll(Persona.HIGH_TOUCH, a -> fact(a, "needs_high_touch", "cost_share") > 0.3);
    assertAll(
        Persona.MIDNIGHT_CALLER, a -> fact(a, "over_communicates", "after_hours_per_month") >= 1);
    assertAll(Persona.ESCALATOR, a -> fact(a, "escalates_past_contacts", "escalations") >= 3);
    assertAll(Persona.GOAL_POST_MOVER, a -> fact(a, "moves_goal_posts", "scope_changes") >= 3);
    assertAll(Persona.FREEBIE_HUNTER, a -> fact(a, "haggles", "freebie_requests") >= 3);
    assertAll(Persona.UNREASONABLE, a -> fact(a, "makes_unreasonable_demands", "total") >= 6);
    assertAll(Persona.NO_SHOW, a -> fact(a, "misses_meetings", "missed") >= 2);
    assertAll(Persona.REFUSES_CHECK_INS, a -> fact(a, "refuses_check_ins", "declined") >= 2);
    assertAll(Persona.DISHONEST, a -> fact(a, "acts_dishonestly", "incidents") >= 1);
    assertAll(
        Persona.PUBLIC_COMPLAINER, a -> fact(a, "complains_publicly", "negative_reviews") >= 2);
    assertAll(
        Persona.TRIVIAL_COMPLAINER,
        a -> fact(a, "complains_about_trifles", "trivial_tickets") >= 8);
    assertAll(Persona.IGNORES_ADVICE, a -> fact(a, "ignores_advice", "ignored_share") >= 0.4);
    assertAll(Persona.UNETHICAL, a -> fact(a, "makes_unethical_requests", "requests") >= 1);
    assertAll(Persona.OUTSIDE_PROFILE, a -> fact(a, "falls_outside_profile", "mismatches") >= 2);
    assertAll(Persona.NO_GROWTH, a -> fact(a, "has_no_growth_potential", "growth_gap") == 1);
    assertAll(
        Persona.IMPROVING,
        a -> a.trend().recent() == 0 || a.trend().earlier() > a.trend().recent());
    assertAll(Persona.STAR, a -> fact(a, "referrals", "converted") >= 1);
  }

  private static void assertAll(Persona persona, Predicate<Assessment> shows) {
    for (Assessment a : byPersona.get(persona)) {
      assertTrue(
          shows.test(a), persona + " " + a.customer().id() + " does not show it: " + a.decision());
    }
  }

  private static double fact(Assessment a, String criterion, String fact) {
    Map<String, WeighedCriterion> all = new HashMap<>();
    a.risk().forEach(w -> all.put(w.criterion().id(), w));
    a.value().forEach(w -> all.put(w.criterion().id(), w));
    return all.get(criterion).measurement().value(fact);
  }

  @Test
  void theDemoDatasetIsTheGeneratorsOutput() throws IOException {
    Path fresh = temp.resolve("demo");
    SyntheticDataset.write(fresh, 300, 2026);
    for (String file : SyntheticDataset.files()) {
      if (file.equals("dataset.yaml")) {
        continue;
      }
      try (InputStream embedded =
          SyntheticDatasetTest.class.getResourceAsStream("/com/keepwise/reports/demo/" + file)) {
        assertArrayEquals(
            Files.readAllBytes(fresh.resolve(file)),
            embedded.readAllBytes(),
            file + " drifted: regenerate with `keepwise generate --customers 300 --seed 2026`");
      }
    }
  }
}
