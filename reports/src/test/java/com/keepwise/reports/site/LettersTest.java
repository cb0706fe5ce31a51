package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.policy.PolicyLoader;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters fit to send, asserted sentence by sentence on a generated site, in English and Swedish: a
 * non-payer's exit says what is owed and how to settle it (and credits nothing); a bully's exit
 * cites the incidents; a customer with several problems is referred elsewhere with the apology of
 * 002; an improving customer's letter acknowledges it. Only behaviour the customer recognises is
 * cited, never margins, norms, potential or referrals. And letters.csv opens in Excel.
 */
class LettersTest {

  @TempDir static Path temp;
  static Path data;
  static final Map<String, Path> sites = new LinkedHashMap<>();

  @BeforeAll
  static void build() throws IOException {
    DatasetFiles files =
        DatasetFiles.withCustomers()
            .row(
                "customers.csv",
                "NP",
                "Nordic Payer AB",
                "smb",
                "2019-05-01",
                "20000",
                "retail",
                "SE",
                "standard",
                "Anna Berg",
                "false",
                "low",
                "")
            .row(
                "customers.csv",
                "BU",
                "Bully Bygg AB",
                "smb",
                "2018-03-15",
                "60000",
                "retail",
                "SE",
                "standard",
                "",
                "false",
                "medium",
                "")
            .row(
                "customers.csv",
                "SP",
                "Several Problems Oy",
                "smb",
                "2021-09-01",
                "3000",
                "retail",
                "FI",
                "standard",
                "",
                "false",
                "none",
                "")
            .row(
                "customers.csv",
                "IM",
                "Improving AB",
                "smb",
                "2020-01-10",
                "15000",
                "retail",
                "SE",
                "standard",
                "",
                "false",
                "low",
                "")
            .row(
                "customers.csv",
                "OK",
                "Fine Customer AB",
                "smb",
                "2017-01-01",
                "80000",
                "software",
                "SE",
                "standard",
                "",
                "false",
                "high",
                "")
            .row(
                "customers.csv",
                "EQ",
                "=HYPERLINK(\"http://x\")",
                "smb",
                "2017-01-01",
                "1000",
                "software",
                "SE",
                "standard",
                "",
                "false",
                "",
                "")
            .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount", "paid")
            .row("invoices.csv", "N1", "NP", "2026-03-01", "2026-03-31", "4000", "")
            .row("invoices.csv", "N2", "NP", "2026-04-01", "2026-04-30", "4000", "")
            .row("invoices.csv", "N3", "NP", "2026-05-01", "2026-05-31", "2000", "")
            .row("invoices.csv", "F1", "OK", "2026-05-01", "2026-05-31", "8000", "2026-05-20")
            .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity", "note")
            .row(
                "incidents.csv",
                "B1",
                "BU",
                "2026-06-01",
                "personal_attack",
                "4",
                "shouted at the engineer")
            .row("incidents.csv", "B2", "BU", "2026-07-01", "personal_attack", "4", "")
            .row("incidents.csv", "B3", "BU", "2026-08-01", "rudeness", "3", "")
            .file(
                "requests.csv",
                "request_id",
                "customer_id",
                "at",
                "kind",
                "in_scope",
                "granted",
                "amount")
            .file("meetings.csv", "meeting_id", "customer_id", "scheduled", "kind", "outcome")
            .file("advice.csv", "advice_id", "customer_id", "at", "topic", "followed");
    for (int i = 1; i <= 3; i++) {
      files.row(
          "requests.csv",
          "SD" + i,
          "SP",
          "2026-0" + (i + 3) + "-05",
          "discount",
          "false",
          "false",
          "200");
      files.row(
          "requests.csv",
          "SS" + i,
          "SP",
          "2026-0" + (i + 3) + "-15",
          "scope_change",
          "false",
          "false",
          "");
      files.row(
          "meetings.csv",
          "SM" + i,
          "SP",
          "2026-0" + (i + 3) + "-20T10:00:00",
          "check_in",
          i == 3 ? "held" : "no_show");
      files.row("advice.csv", "SA" + i, "SP", "2026-0" + (i + 3) + "-25", "backups", "no");
    }
    for (int i = 1; i <= 6; i++) {
      files.row(
          "requests.csv", "IS" + i, "IM", "2025-12-0" + i, "scope_change", "false", "false", "");
      files.row(
          "requests.csv", "ID" + i, "IM", "2026-01-0" + i, "discount", "false", "false", "100");
    }
    data = files.writeTo(temp.resolve("data"));
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
    for (String locale : List.of("en", "sv")) {
      SiteOptions options =
          SiteOptions.builder("Review", data)
              .locale(Locale.forLanguageTag(locale))
              .letterHead(
                  new SiteConfig.LetterHead(
                      Optional.of("Keepwise Demo AB"),
                      Optional.empty(),
                      Optional.of("Account director"),
                      Optional.of(List.of("Storgatan 1", "111 22 Stockholm")),
                      Optional.of("hello@example.com")))
              .build();
      Path site = temp.resolve("site-" + locale);
      new SiteBuilder(review, options, Progress.NONE).build(site);
      sites.put(locale, site);
    }
  }

  /**
   * The letter of a customer, one line per paragraph (lines within a paragraph joined by " / ").
   */
  static List<String> letter(String locale, String id) throws IOException {
    Path page;
    try (Stream<Path> files = Files.list(sites.get(locale).resolve("customers"))) {
      page =
          files
              .filter(p -> p.getFileName().toString().startsWith(id.toLowerCase(Locale.ROOT) + "-"))
              .findFirst()
              .orElseThrow();
    }
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    List<String> lines = new ArrayList<>();
    doc.select(".draft p").forEach(p -> lines.add(p.wholeText().replace("\n", " / ").strip()));
    return lines;
  }

  static List<String> playbook(String locale, String id) throws IOException {
    Path page;
    try (Stream<Path> files = Files.list(sites.get(locale).resolve("customers"))) {
      page =
          files
              .filter(p -> p.getFileName().toString().startsWith(id.toLowerCase(Locale.ROOT) + "-"))
              .findFirst()
              .orElseThrow();
    }
    return Jsoup.parse(page.toFile(), "UTF-8").select("ol.playbook li").eachText();
  }

  static final String HEAD = "Keepwise Demo AB / Storgatan 1 / 111 22 Stockholm";

  @Test
  void aNonPayersExitSaysWhatIsOwedAndHowToSettleItAndCreditsNothing() throws IOException {
    assertEquals(
        List.of(
            HEAD,
            "November 1, 2026",
            "Nordic Payer AB",
            "Subject: Termination of our agreement",
            "Dear Sir or Madam,",
            "Thank you for the time we have worked together since May 1, 2019.",
            "We have decided to end our agreement, as we are not able to continue working together on the present basis.",
            "According to our records, 10,000 EUR remains unpaid on 3 invoices, the oldest due since March 31, 2026. Please settle this"
                + " amount by December 1, 2026, to the account given on the invoices. Once it has been paid, we will confirm in writing that"
                + " your account is settled.",
            "We regret that our cooperation has to end this way.",
            "We will help with an orderly handover to another provider. We wish you well for the future.",
            "Yours faithfully,",
            "Anna Berg / Keepwise Demo AB / hello@example.com"),
        letter("en", "NP"));
    assertEquals(
        List.of(
            HEAD,
            "1 november 2026",
            "Nordic Payer AB",
            "Ämne: Uppsägning av vårt avtal",
            "Hej,",
            "Tack för tiden vi har arbetat tillsammans sedan 1 maj 2019.",
            "Vi har beslutat att säga upp vårt avtal, eftersom vi inte kan fortsätta samarbetet under nuvarande förutsättningar.",
            "Enligt våra uppgifter är 10\u00a0000 EUR obetalt på 3 fakturor, den äldsta förfallen sedan 31 mars 2026. Vi ber er betala"
                + " beloppet senast 1 december 2026 till det konto som anges på fakturorna. När det är betalt bekräftar vi skriftligt att"
                + " ert konto är reglerat.",
            "Vi beklagar att vårt samarbete måste avslutas på det här sättet.",
            "Vi hjälper gärna till med en ordnad överlämning till en annan leverantör. Vi önskar er lycka till framöver.",
            "Vänliga hälsningar",
            "Anna Berg / Keepwise Demo AB / hello@example.com"),
        letter("sv", "NP"));
    List<String> playbook = playbook("en", "NP");
    assertTrue(
        playbook.contains(
            "They owe 10,000 EUR: say so in the letter, agree how and by when it will be paid, and credit or refund"
                + " nothing until it is."),
        playbook.toString());
    assertTrue(
        playbook.stream().noneMatch(step -> step.contains("cancel or refund the last invoice")),
        playbook.toString());
    assertTrue(
        playbook.contains(
            "Apologise that it did not work out, even if you feel the apology is owed to you."),
        "002's apology step");
  }

  @Test
  void aBullysExitCitesTheIncidentsTheStaffRecorded() throws IOException {
    List<String> en = letter("en", "BU");
    assertEquals(
        "We have decided to end our agreement. Our staff have recorded 2 personal attacks and one occasion of rude behaviour in"
            + " their dealings with your company. We are not able to continue working together on this basis.",
        en.get(6));
    assertEquals(
        "We will settle any outstanding matters fairly, and we will confirm the end date and the next steps in writing.",
        en.get(7));
    assertEquals("We regret that our cooperation has to end this way.", en.get(8));
    assertEquals(
        "Your account team / Keepwise Demo AB / hello@example.com",
        en.get(en.size() - 1),
        "no account manager: the team signs");
    List<String> sv = letter("sv", "BU");
    assertEquals(
        "Vi har beslutat att säga upp vårt avtal. Vår personal har noterat 2 personangrepp och ett tillfälle av otrevligt bemötande"
            + " i kontakterna med ert företag. Under dessa förutsättningar kan vi inte fortsätta samarbetet.",
        sv.get(6));
    assertEquals("Vi beklagar att vårt samarbete måste avslutas på det här sättet.", sv.get(8));
  }

  @Test
  void aCustomerWithSeveralProblemsIsReferredElsewhereWithFactsTheyRecogniseAndAnApology()
      throws IOException {
    assertEquals(
        List.of(
            "Thank you for the trust you have placed in us since September 1, 2021. We have valued working with you.",
            "We have looked carefully at how our work together has gone. You asked to change the agreed scope or to renegotiate the terms"
                + " 3 times. Of the 3 recommendations we made, 3 were not followed. You asked for discounts or work free of charge 3 times."
                + " We have come to the conclusion that we are not the right partner for what you need.",
            "You should not have to pay for a service that has not met your expectations, so we will credit your most recent invoice.",
            "We are sorry that we have not been the right partner for you.",
            "Other providers may suit you better. We will gladly suggest some and help make the change as smooth as possible. We wish you"
                + " every success."),
        letter("en", "SP").subList(5, 10));
    assertEquals(
        "Subject: About our work together", letter("en", "SP").get(3), "referred elsewhere");
    assertEquals(
        List.of(
            "Tack för det förtroende ni har visat oss sedan 1 september 2021. Vi har uppskattat att arbeta med er.",
            "Vi har noga gått igenom hur vårt samarbete har fungerat. Ni har bett om att ändra den överenskomna omfattningen eller"
                + " omförhandla villkoren 3 gånger. Av de 3 rekommendationer vi har gett har 3 inte följts. Ni har bett om rabatter eller"
                + " kostnadsfritt arbete 3 gånger. Vi har kommit fram till att vi inte är rätt partner för era behov.",
            "Ni ska inte behöva betala för en service som inte har motsvarat era förväntningar, och därför krediterar vi er senaste faktura.",
            "Vi beklagar att vi inte har varit rätt partner för er.",
            "Andra leverantörer kan passa er bättre. Vi föreslår gärna några och hjälper till så att bytet går så smidigt som möjligt. Vi"
                + " önskar er all framgång."),
        letter("sv", "SP").subList(5, 10));
  }

  @Test
  void anImprovingCustomersLetterAcknowledgesIt() throws IOException {
    List<String> en = letter("en", "IM");
    assertEquals("Subject: A conversation about how we work together", en.get(3));
    assertEquals(
        "Looking back over our work together, we would like to be open about what our records show. You asked to change the"
            + " agreed scope or to renegotiate the terms 6 times. You asked for discounts or work free of charge 6 times.",
        en.get(6));
    assertEquals(
        "We also want to acknowledge that things have improved in recent months, and we appreciate it.",
        en.get(7));
    List<String> sv = letter("sv", "IM");
    assertEquals(
        "Vi vill också säga att vi har sett en tydlig förbättring de senaste månaderna, och det uppskattar vi.",
        sv.get(7));
  }

  @Test
  void lettersCiteNeitherOurAssessmentsNorFileReferences() throws IOException {
    for (String locale : sites.keySet()) {
      for (String id : List.of("NP", "BU", "SP", "IM", "OK")) {
        String text = String.join("\n", letter(locale, id));
        for (String internal :
            List.of(
                "referral",
                "potential",
                "margin",
                "norm",
                "profile",
                "segment",
                "risk",
                ".csv",
                "marginal")) {
          assertFalse(
              text.toLowerCase(Locale.ROOT).contains(internal),
              locale + " " + id + " says " + internal + ": " + text);
        }
      }
    }
  }

  @Test
  void lettersCsvOpensInExcelAndMailMergeWithEveryLetter() throws IOException {
    byte[] bytes = Files.readAllBytes(sites.get("en").resolve("letters.csv"));
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
        List.of(bytes[0], bytes[1], bytes[2]),
        "a UTF-8 byte-order mark for Excel");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith(
            "customer_id,name,action,subject,date,addressee,greeting,body,closing,signature\r\n"),
        text);
    List<CsvRecord> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
      csv.forEach(rows::add);
    }
    assertEquals(7, rows.size(), "the header and six letters");
    assertEquals(
        List.of("customer_id", "BU", "EQ", "IM", "NP", "OK", "SP"),
        rows.stream().map(r -> r.getField(0)).toList(),
        "by customer_id");
    CsvRecord np = rows.get(4);
    assertEquals(
        List.of(
            "NP",
            "Nordic Payer AB",
            "EXIT_NOW",
            "Termination of our agreement",
            "November 1, 2026",
            "Nordic Payer AB",
            "Dear Sir or Madam,"),
        np.getFields().subList(0, 7));
    assertTrue(
        np.getField(7)
            .startsWith(
                "Thank you for the time we have worked together since May 1, 2019.\r\n\r\nWe have decided"),
        "paragraphs in one cell, a blank line between them: " + np.getField(7));
    assertEquals("Anna Berg\r\nKeepwise Demo AB\r\nhello@example.com", np.getField(9));
    CsvRecord formula = rows.get(2);
    assertEquals(
        "'=HYPERLINK(\"http://x\")",
        formula.getField(1),
        "a name a spreadsheet would run is written as text");
    try (Stream<Path> files = Files.list(sites.get("en"))) {
      assertEquals(
          List.of(),
          files.filter(p -> p.getFileName().toString().startsWith(".letters-")).toList(),
          "no parts left behind");
    }
  }
}
