package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Signal;
import com.keepwise.domain.signal.Ticket;
import com.keepwise.domain.signal.TicketPriority;
import com.keepwise.reports.generate.SyntheticDataset;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of reading, over seeded random datasets (java.util.Random: each failure names its
 * seed, and the seed reproduces it). That any generated dataset validates is {@code
 * SyntheticDatasetTest.anyGeneratedDatasetValidates}.
 */
class DatasetReadingProperties {

  @TempDir Path temp;

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  static final String YAML =
      "name: Random export\ncurrency: EUR\ntimezone: Europe/Stockholm\nas_of: 2026-11-01\n";

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  /**
   * Text a client's export may hold: CSV's own characters, other scripts, emoji, a byte-order mark
   * mid-text.
   */
  static String text(Random random, int maxLength) {
    String[] pieces = {
      ",", "\"", "\n", "\r\n", "\r", " ", ";", "'", "\t", "ø", "Ł", "語", "ش", "😀", "\uFEFF",
      "\uFFFD", "&", "<b>", "\\", "a", "Z", "7"
    };
    int length = 1 + random.nextInt(maxLength);
    StringBuilder out = new StringBuilder();
    while (out.length() < length) {
      out.append(
          random.nextInt(3) == 0
              ? pieces[random.nextInt(pieces.length)]
              : (char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  /**
   * A plain decimal as a client might write it: leading zeros, trailing zeros, a sign, a bare
   * point.
   */
  static String decimal(Random random, long tenThousandths) {
    BigDecimal value = BigDecimal.valueOf(tenThousandths, 4);
    String plain =
        random.nextBoolean() ? value.toPlainString() : value.stripTrailingZeros().toPlainString();
    if (random.nextInt(5) == 0) {
      plain = "0".repeat(random.nextInt(8)) + plain;
    }
    if (random.nextInt(7) == 0 && !plain.contains(".")) {
      plain = plain + ".";
    }
    return random.nextInt(9) == 0 ? "+" + plain : plain;
  }

  record Written(List<Customer> customers, List<Ticket> tickets) {}

  /**
   * Random customers and tickets, written as CSV the contract allows, with the records they must
   * read back as.
   */
  static Written write(Path dir, long seed) throws IOException {
    Random random = new Random(seed);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("dataset.yaml"), YAML);
    List<Customer> customers = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<String[]> customerRows = new ArrayList<>();
    int n = 1 + random.nextInt(150); // up to about 20 KB: across the reader's 8,192-char reads
    while (customers.size() < n) {
      String id = random.nextInt(4) == 0 ? text(random, 128) : "C" + random.nextInt(1000);
      if (id.length() > 128 || !ids.add(id)) {
        continue;
      }
      LocalDate since = LocalDate.ofEpochDay(random.nextInt(100_000) - 25_000);
      long revenue =
          random.nextInt(3) == 0
              ? random.nextLong() % 100_000_000_000_000_000L
              : random.nextInt(1_000_000_000);
      revenue = Math.abs(revenue);
      Optional<GrowthPotential> growth =
          random.nextBoolean()
              ? Optional.empty()
              : Optional.of(
                  GrowthPotential.values()[random.nextInt(GrowthPotential.values().length)]);
      Relationship relationship =
          Relationship.values()[random.nextInt(Relationship.values().length)];
      boolean highProfile = random.nextBoolean();
      Optional<String> owner =
          random.nextBoolean() ? Optional.empty() : Optional.of(text(random, 30));
      Customer customer =
          Customer.builder(
                  CustomerId.of(id), text(random, 60), text(random, 12), since, new Money(revenue))
              .industry(Optional.of(text(random, 10)))
              .owner(owner)
              .highProfile(highProfile)
              .growthPotential(growth)
              .relationship(relationship)
              .build();
      customers.add(customer);
      String[][] yesNo = {{"true", "yes", "1", "TRUE", "Yes"}, {"false", "no", "0", "FALSE", "No"}};
      customerRows.add(
          new String[] {
            id,
            customer.name(),
            customer.segment(),
            since.toString(),
            decimal(random, revenue),
            customer.industry().get(),
            "",
            owner.orElse(""),
            yesNo[highProfile ? 0 : 1][random.nextInt(5)],
            growth.map(GrowthPotential::code).orElse(""),
            relationship == Relationship.STANDARD && random.nextBoolean() ? "" : relationship.code()
          });
    }
    writeCsv(
        dir.resolve("customers.csv"),
        random,
        new String[] {
          "customer_id",
          "name",
          "segment",
          "customer_since",
          "annual_revenue",
          "industry",
          "region",
          "owner",
          "high_profile",
          "growth_potential",
          "relationship"
        },
        customerRows);

    List<Ticket> tickets = new ArrayList<>();
    List<String[]> ticketRows = new ArrayList<>();
    for (int i = 0, count = random.nextInt(200); i < count; i++) {
      Customer customer = customers.get(random.nextInt(customers.size()));
      LocalDateTime local =
          LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(random.nextInt(3 * 365 * 86_400));
      String written;
      Instant opened;
      switch (random.nextInt(3)) {
        case 0 -> {
          written = local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
          opened = local.atZone(ZONE).toInstant();
        }
        case 1 -> {
          ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(73) - 36) * 1800);
          written = local.atOffset(offset).toString();
          opened = local.atOffset(offset).toInstant();
        }
        default -> {
          written = local + "Z";
          opened = local.toInstant(ZoneOffset.UTC);
        }
      }
      long minutes = random.nextInt(100_000);
      TicketPriority priority =
          TicketPriority.values()[random.nextInt(TicketPriority.values().length)];
      String id = "T" + i + (random.nextBoolean() ? "," + text(random, 5) : "");
      tickets.add(
          Ticket.builder(id, customer.id(), opened, LocalDate.ofInstant(opened, ZONE))
              .priority(priority)
              .minutesSpent(OptionalDouble.of(minutes / 10_000.0))
              .build());
      ticketRows.add(
          new String[] {
            id, customer.id().value(), written, priority.code(), decimal(random, minutes)
          });
    }
    writeCsv(
        dir.resolve("tickets.csv"),
        random,
        new String[] {"ticket_id", "customer_id", "opened", "priority", "minutes_spent"},
        ticketRows);
    return new Written(customers, tickets);
  }

  /**
   * Writes with FastCSV, in a random but contract-valid shape: CRLF or LF, a byte-order mark or
   * not, columns in any order.
   */
  static void writeCsv(Path file, Random random, String[] header, List<String[]> rows)
      throws IOException {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CsvWriter csv =
            CsvWriter.builder()
                .lineDelimiter(random.nextBoolean() ? LineDelimiter.CRLF : LineDelimiter.LF)
                .build(out)) {
      if (random.nextBoolean()) {
        out.write('\uFEFF');
      }
      csv.writeRecord(order.stream().map(i -> header[i]).toList());
      for (String[] row : rows) {
        csv.writeRecord(order.stream().map(i -> row[i]).toList());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whatIsWrittenReadsBackExactly(long seed) throws IOException {
    Path dir = temp.resolve("written");
    Written written = write(dir, seed);
    Reading reading = Reading.of(dir);
    assertEquals(List.of(), reading.problems(), "seed " + seed);
    assertEquals(written.customers(), reading.dataset().customers(), "seed " + seed);
    assertEquals(written.tickets(), reading.signals(Ticket.class), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readingIsIndependentOfRowOrder(long seed) throws IOException {
    Path original = temp.resolve("original");
    SyntheticDataset.write(original, 12, seed);
    Path shuffled = temp.resolve("shuffled");
    Files.createDirectories(shuffled);
    Random random = new Random(seed);
    for (String file : SyntheticDataset.files()) {
      if (file.endsWith(".csv")) {
        shuffleRows(original.resolve(file), shuffled.resolve(file), random);
      } else {
        Files.copy(original.resolve(file), shuffled.resolve(file));
      }
    }
    Reading before = Reading.of(original);
    Reading after = Reading.of(shuffled);
    assertEquals(List.of(), after.problems());
    Comparator<Customer> byId = Comparator.comparing(c -> c.id().value());
    assertEquals(
        before.dataset().customers().stream().sorted(byId).toList(),
        after.dataset().customers().stream().sorted(byId).toList());
    assertEquals(sorted(before.signals()), sorted(after.signals()));
    assertEquals(before.report().info(), after.report().info());
    assertEquals(before.report().files(), after.report().files());
    assertEquals(before.report().firstDay(), after.report().firstDay());
    assertEquals(before.report().lastDay(), after.report().lastDay());
  }

  static List<String> sorted(List<Signal> signals) {
    return signals.stream().map(Signal::toString).sorted().toList();
  }

  static void shuffleRows(Path from, Path to, Random random) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> header;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(from)) {
      var records = csv.iterator();
      header = records.next().getFields();
      records.forEachRemaining(r -> rows.add(r.getFields()));
    }
    Collections.shuffle(rows, random);
    try (CsvWriter csv =
        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(to, StandardCharsets.UTF_8)) {
      csv.writeRecord(header);
      rows.forEach(csv::writeRecord);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readingIsDeterministicEvenWithProblems(long seed) throws IOException {
    Path dir = temp.resolve("broken");
    write(dir, seed);
    Random random = new Random(seed);
    // Break a few things at random: a byte, a quote, a field, so that problems come from several
    // files at once.
    for (String file : List.of("customers.csv", "tickets.csv")) {
      byte[] bytes = Files.readAllBytes(dir.resolve(file));
      for (int i = 0; i < 3 && bytes.length > 1; i++) {
        byte[] breakers = {(byte) 0xFF, '"', ',', '\n', 'x', (byte) 0xC3};
        bytes[1 + random.nextInt(bytes.length - 1)] = breakers[random.nextInt(breakers.length)];
      }
      Files.write(dir.resolve(file), bytes);
    }
    Reading first = Reading.of(dir);
    for (int run = 0; run < 3; run++) {
      Reading again = Reading.of(dir);
      assertEquals(first.report(), again.report(), "seed " + seed);
      assertEquals(first.dataset().customers(), again.dataset().customers(), "seed " + seed);
      assertEquals(byFile(first.signals()), byFile(again.signals()), "seed " + seed);
    }
  }

  /** Signals per file in the order they came: each file is read by one thread, in file order. */
  static Map<Class<?>, List<Signal>> byFile(List<Signal> signals) {
    Map<Class<?>, List<Signal>> files = new LinkedHashMap<>();
    for (Signal signal : signals) {
      files.computeIfAbsent(signal.getClass(), c -> new ArrayList<>()).add(signal);
    }
    return files;
  }
}
