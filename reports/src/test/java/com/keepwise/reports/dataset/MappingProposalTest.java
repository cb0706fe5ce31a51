package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.generate.SyntheticDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keepwise map}: what it proposes for a folder of real-looking exports, and that the
 * proposal reads them right.
 */
class MappingProposalTest {

  @TempDir Path temp;

  @Test
  void mapProposesTheRightMappingForEveryColumnOfTheWorkedExample() throws IOException {
    Path contract = temp.resolve("contract");
    Path exports = temp.resolve("exports-folder");
    SyntheticDataset.write(contract, 150, 11);
    Files.createDirectories(exports);
    try (Stream<Path> files = Files.list(contract)) {
      for (Path file : files.toList()) {
        Files.copy(file, exports.resolve(file.getFileName()));
      }
    }
    MappedExportsTest.sources(exports);
    Files.delete(exports.resolve("dataset.yaml"));

    String proposal = MappingProposal.propose(exports);
    for (String line :
        List.of(
            "  customers:\n    file: \"exports/crm-accounts.xlsx\"\n    columns:\n      customer_id: \"Account ID\"\n"
                + "      name: \"Account Name\"\n      segment: \"Segment\"\n      customer_since: \"Customer Since\"\n"
                + "      annual_revenue: \"Annual Revenue\"\n      industry: \"industry\"\n      region: \"region\"\n      tier: \"tier\"\n"
                + "      owner: \"Account Owner\"\n      high_profile: \"Key Account\"\n      growth_potential: \"Growth Potential\"\n"
                + "      relationship: \"Relationship\"\n",
            "  invoices:\n    file: \"exports/fakturor.csv\"\n    delimiter: \";\"\n    decimal: \",\"\n    date_format: \"dd.MM.yyyy\"\n"
                + "    columns:\n      invoice_id: \"Fakturanr\"\n      customer_id: \"Kundnummer\"\n      issued: \"Fakturadatum\"\n"
                + "      due: \"Förfallodatum\"\n      amount: \"Belopp\"\n      paid: \"Betaldatum\"\n      paid_amount: \"Betalt belopp\"\n",
            "  tickets:\n    file: \"exports/helpdesk-tickets.csv\"\n    datetime_format: [\"yyyy-MM-dd HH:mm:ssXXX\", \"yyyy-MM-dd HH:mm:ss\"]\n"
                + "    columns:\n      ticket_id: \"Ticket #\"\n      customer_id: \"Customer\"\n      opened: \"Created at\"\n"
                + "      closed: \"Closed at\"\n      priority: \"Priority\"\n      category: \"Category\"\n      trivial: \"Trivial\"\n"
                + "      in_scope: \"Out of scope\"\n      minutes_spent: \"Time spent (min)\"\n",
            "      in_scope: {\"No\": \"true\", \"Yes\": \"false\"}   # the export's column says the opposite\n",
            "# interactions.csv is in the data contract's form already: read as it is\n")) {
      assertTrue(proposal.contains(line), line + "\nnot in\n" + proposal);
    }
    assertEquals(
        List.of(), proposal.lines().filter(l -> l.startsWith(" ") && l.contains("TODO")).toList());

    Files.writeString(
        exports.resolve("dataset.yaml"),
        Files.readString(contract.resolve("dataset.yaml")) + proposal);
    Reading fromProposal = Reading.of(exports);
    Reading fromContract = Reading.of(contract);
    assertEquals(List.of(), fromProposal.problems());
    assertEquals(fromContract.dataset().customers(), fromProposal.dataset().customers());
    assertEquals(
        DatasetReadingProperties.sorted(fromContract.signals()),
        DatasetReadingProperties.sorted(fromProposal.signals()));
  }

  @Test
  void headersInTheProductsOtherLanguagesAreRecognised() throws IOException {
    Path dir = temp.resolve("languages");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("kunder.csv"),
        "Kundenummer;Kundenavn;Segment;Kunde siden;Årlig omsetning;Nøkkelkunde\n"
            + "K1;Fjord AS;smb;01.02.2020;1 200 000,00;Ja\n");
    Files.writeString(
        dir.resolve("faktury.csv"),
        "Numer faktury;Numer klienta;Data wystawienia;Termin płatności;Kwota;Data zapłaty\n"
            + "FV/1;K1;2026-03-04;2026-04-03;1200,50;\n");
    Files.writeString(
        dir.resolve("チケット.csv"), "チケット番号,顧客ID,作成日時,優先度,対応時間\nT1,K1,2026/03/04 21:15,高,30\n");
    Files.writeString(
        dir.resolve("جلسات.csv"),
        "شناسه جلسه,شناسه مشتری,زمان جلسه,نتیجه\nM1,K1,2026-03-04T10:00:00,held\n");
    String proposal = MappingProposal.propose(dir);
    for (String line :
        List.of(
            "  customers:\n    file: \"kunder.csv\"\n    delimiter: \";\"\n    decimal: \",\"\n    date_format: \"dd.MM.yyyy\"\n"
                + "    columns:\n      customer_id: \"Kundenummer\"\n      name: \"Kundenavn\"\n      segment: \"Segment\"\n"
                + "      customer_since: \"Kunde siden\"\n      annual_revenue: \"Årlig omsetning\"\n",
            "      high_profile: \"Nøkkelkunde\"\n",
            "      high_profile: {\"Ja\": \"true\"}\n",
            "  invoices:\n    file: \"faktury.csv\"\n    delimiter: \";\"\n    decimal: \",\"\n    columns:\n"
                + "      invoice_id: \"Numer faktury\"\n      customer_id: \"Numer klienta\"\n      issued: \"Data wystawienia\"\n"
                + "      due: \"Termin płatności\"\n      amount: \"Kwota\"\n      paid: \"Data zapłaty\"\n      # paid_amount: no header matched\n",
            "  tickets:\n    file: \"チケット.csv\"\n    datetime_format: \"yyyy/MM/dd HH:mm\"\n    columns:\n      ticket_id: \"チケット番号\"\n"
                + "      customer_id: \"顧客ID\"\n      opened: \"作成日時\"\n",
            "      priority: \"優先度\"\n",
            "      minutes_spent: \"対応時間\"\n",
            "      priority: {\"高\": \"high\"}\n",
            "  meetings:\n    file: \"جلسات.csv\"\n    columns:\n      meeting_id: \"شناسه جلسه\"\n      customer_id: \"شناسه مشتری\"\n"
                + "      scheduled: \"زمان جلسه\"\n      # kind: no header matched\n      outcome: \"نتیجه\"\n")) {
      assertTrue(proposal.contains(line), line + "\nnot in\n" + proposal);
    }
  }
}
