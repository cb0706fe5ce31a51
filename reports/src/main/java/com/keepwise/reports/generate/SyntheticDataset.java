package com.keepwise.reports.generate;

import com.keepwise.reports.dataset.DataContract;
import com.keepwise.reports.dataset.Schema;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * A realistic dataset of any size, exactly per the data contract, for the demo and the benchmarks.
 *
 * <p>Customers come in several segments with skewed (log-normal) revenue; about half are healthy,
 * some are stars, and a minority shows each bad behaviour of the criteria catalog ({@link
 * Persona}). Events spread over the 24 months before the review date (2026-11-01), about 30 rows a
 * customer. Names come in several scripts, some with commas and quotes. Datetimes are mostly
 * written with an offset, some local (read in the dataset's zone).
 *
 * <p>Deterministic: each customer's rows come from a random seeded by (seed, customer number), so
 * the same size and seed give byte-identical files. Streaming: in the grouped shape rows go
 * straight to the ten files; in the export shape they pass through {@link ExportLayout}'s buckets
 * on disk.
 */
public final class SyntheticDataset {

  /** The review date of every generated dataset. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  static final int HISTORY_DAYS = 730;
  static final String[] CORE_INDUSTRIES = {"software", "retail", "manufacturing", "logistics"};
  static final String[] OTHER_INDUSTRIES = {
    "healthcare", "finance", "hospitality", "education", "media", "construction"
  };
  static final String[] CORE_REGIONS = {"SE", "NO", "PL", "DE"};
  static final String[] OTHER_REGIONS = {"JP", "GB", "US", "IR"};
  static final String[] OWNERS = {
    "Anna Lind", "Erik Holm", "Kasia Nowak", "Yuki Tanaka", "Sara Ahmadi", "Ola Nordmann"
  };

  /** A segment: its share of customers and its revenue's median. */
  private record Segment(String name, double share, double medianRevenue) {}

  private static final Segment[] SEGMENTS = {
    new Segment("smb", 0.55, 15_000), new Segment("mid_market", 0.25, 80_000),
    new Segment("enterprise", 0.10, 450_000), new Segment("public_sector", 0.10, 120_000)
  };

  private SyntheticDataset() {}

  /** What was written: customers, rows per file, bytes. */
  public record Written(int customers, Map<String, Long> rows, long bytes) {}

  /**
   * The persona of customer number {@code index}: the first ones take each persona in turn, so
   * every persona occurs.
   */
  public static Persona personaOf(long seed, int index) {
    Persona[] all = Persona.values();
    if (index < all.length) {
      return all[(index + 1) % all.length];
    }
    // A stream of its own: drawn from the customer's stream, the persona would decide the segment
    // too.
    return Persona.at(random(~seed, index).nextDouble());
  }

  private static SplittableRandom random(long seed, int index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 17);
  }

  /**
   * Writes {@code customers} customers and their events into the empty directory {@code dir}, each
   * customer's rows together ({@link Shape#GROUPED}): the embedded demo and the starter project.
   */
  public static Written write(Path dir, int customers, long seed) throws IOException {
    return write(dir, customers, seed, Shape.GROUPED);
  }

  /**
   * Writes {@code customers} customers and their events into the empty directory {@code dir}, laid
   * out as {@code shape} says. Both shapes hold the same customers and events, so they score alike.
   */
  public static Written write(Path dir, int customers, long seed, Shape shape) throws IOException {
    return write(dir, customers, seed, shape, written -> {});
  }

  /**
   * As {@link #write(Path, int, long, Shape)}, telling {@code written} now and then how many
   * customers are written.
   */
  public static Written write(Path dir, int customers, long seed, Shape shape, LongConsumer written)
      throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("dataset.yaml"),
        "name: Synthetic export ("
            + customers
            + " customers, seed "
            + seed
            + ")\n"
            + "currency: EUR\ntimezone: Europe/Stockholm\nas_of: "
            + AS_OF
            + "\n",
        StandardCharsets.UTF_8);
    Path buckets = dir.resolve(".export-buckets");
    Map<String, CsvWriter> writers = new LinkedHashMap<>();
    Map<String, ExportLayout> layouts = new LinkedHashMap<>();
    Map<String, long[]> counts = new LinkedHashMap<>();
    try {
      for (Schema file : DataContract.schemas()) {
        String name = file.file().fileName();
        CsvWriter csv =
            CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .bufferSize(1 << 16)
                .build(
                    new BufferedWriter(
                        new OutputStreamWriter(
                            Files.newOutputStream(dir.resolve(name)), StandardCharsets.UTF_8),
                        1 << 16));
        writers.put(name, csv);
        if (shape == Shape.EXPORT) {
          layouts.put(name, new ExportLayout(file, buckets, seed));
        } else {
          csv.writeRecord(file.headers());
        }
        counts.put(name, new long[] {0, file.columns().size()});
      }
      Rows rows = new Rows(writers, layouts, counts);
      for (int i = 0; i < customers; i++) {
        new Customer(i, personaOf(seed, i), random(seed, i), rows).write();
        if ((i & 0x3FF) == 0 || i == customers - 1) {
          written.accept(i + 1L);
        }
      }
      for (Map.Entry<String, ExportLayout> layout : layouts.entrySet()) {
        layout.getValue().writeTo(writers.get(layout.getKey()));
      }
    } finally {
      for (ExportLayout layout : layouts.values()) {
        layout.close();
      }
      for (CsvWriter csv : writers.values()) {
        csv.close();
      }
    }
    if (Files.exists(buckets)) {
      try (var left = Files.list(buckets)) {
        for (Path bucket : left.toList()) {
          Files.delete(bucket);
        }
      }
      Files.delete(buckets);
    }
    Map<String, Long> rowCounts = new LinkedHashMap<>();
    counts.forEach((file, n) -> rowCounts.put(file, n[0]));
    long bytes = 0;
    for (String file : writers.keySet()) {
      bytes += Files.size(dir.resolve(file));
    }
    return new Written(customers, rowCounts, bytes + Files.size(dir.resolve("dataset.yaml")));
  }

  /**
   * The open files, and for each how many rows it got and how many columns the contract declares.
   * With layouts (the export shape), rows go through them to be ordered; else straight to the file.
   */
  private record Rows(
      Map<String, CsvWriter> writers,
      Map<String, ExportLayout> layouts,
      Map<String, long[]> counts) {
    /** A row, its values in the order the contract declares the file's columns. */
    void add(String file, String... values) {
      long[] count = counts.get(file);
      if (values.length != count[1]) {
        throw new IllegalStateException(
            file + ": " + values.length + " values for " + count[1] + " columns");
      }
      ExportLayout layout = layouts.get(file);
      if (layout != null) {
        layout.add(values);
      } else {
        writers.get(file).writeRecord(values);
      }
      count[0]++;
    }
  }

  /** One customer being written: their row in customers.csv, then their events. */
  private static final class Customer {
    private final String id;
    private final Persona persona;
    private final SplittableRandom random;
    private final Rows rows;
    private final List<Persona> behaviours = new ArrayList<>();
    private int events;

    Customer(int index, Persona persona, SplittableRandom random, Rows rows) {
      this.id = String.format(Locale.ROOT, "C%07d", index + 1);
      this.persona = persona;
      this.random = random;
      this.rows = rows;
      if (persona == Persona.SEVERAL_PROBLEMS) {
        int n = 2 + random.nextInt(2);
        while (behaviours.size() < n) {
          Persona one = Persona.COMBINABLE[random.nextInt(Persona.COMBINABLE.length)];
          if (!behaviours.contains(one)) {
            behaviours.add(one);
          }
        }
      } else if (persona == Persona.IMPROVING) {
        behaviours.add(Persona.COMBINABLE[random.nextInt(Persona.COMBINABLE.length)]);
      } else {
        behaviours.add(persona);
      }
    }

    private String next(String prefix) {
      return prefix + id.substring(1) + "-" + (++events);
    }

    void write() {
      Segment segment = segment();
      boolean star = persona == Persona.STAR;
      double revenue = segment.medianRevenue() * Math.exp(0.8 * random.nextGaussian());
      if (star) {
        revenue *= 3;
      }
      if (behaviours.contains(Persona.HIGH_TOUCH) || persona == Persona.SEVERAL_PROBLEMS) {
        revenue =
            Math.min(
                revenue,
                2_000 + 6_000 * random.nextDouble()); // they pay little, whatever their segment
      }
      boolean outsideProfile = persona == Persona.OUTSIDE_PROFILE || random.nextInt(20) == 0;
      String industry =
          outsideProfile
              ? pick(OTHER_INDUSTRIES)
              : random.nextInt(12) == 0 ? "" : pick(CORE_INDUSTRIES);
      String region = outsideProfile ? pick(OTHER_REGIONS) : pick(CORE_REGIONS);
      String growth =
          persona == Persona.NO_GROWTH
              ? "none"
              : star
                  ? "high"
                  : random.nextInt(5) == 0
                      ? ""
                      : pick(new String[] {"low", "medium", "medium", "high"});
      int relationshipDraw = random.nextInt(100);
      String relationship =
          relationshipDraw < 10
              ? "long_standing"
              : relationshipDraw < 13 ? "personal" : relationshipDraw < 60 ? "standard" : "";
      LocalDate since = AS_OF.minusDays(200 + random.nextInt(12 * 365));
      rows.add(
          "customers.csv",
          id,
          Names.pick(random),
          segment.name(),
          since.toString(),
          money(revenue),
          industry,
          region,
          pick(new String[] {"basic", "standard", "premium", ""}),
          random.nextInt(4) == 0 ? "" : pick(OWNERS),
          random.nextInt(50) == 0
              ? pick(new String[] {"true", "yes"})
              : random.nextInt(3) == 0 ? "" : "false",
          growth,
          relationship);
      baseline(revenue, since);
      for (Persona behaviour : behaviours) {
        behave(behaviour, revenue);
      }
      if (star) {
        int referrals = 1 + random.nextInt(3);
        for (int i = 0; i < referrals; i++) {
          rows.add(
              "referrals.csv",
              next("R"),
              id,
              day(0, 330).toString(),
              "true",
              money(revenue * (0.2 + random.nextDouble())));
        }
      }
    }

    private Segment segment() {
      double draw = random.nextDouble();
      double cumulative = 0;
      for (Segment s : SEGMENTS) {
        cumulative += s.share();
        if (draw < cumulative) {
          return s;
        }
      }
      return SEGMENTS[0];
    }

    /**
     * What every customer has: quarterly invoices paid on time, some tickets and calls, check-ins,
     * advice.
     */
    private void baseline(double revenue, LocalDate since) {
      boolean latePayer = behaviours.contains(Persona.LATE_PAYER);
      boolean nonPayer = persona == Persona.NON_PAYER;
      int invoices = 8;
      for (int q = invoices - 1; q >= 0; q--) {
        LocalDate issued = AS_OF.minusDays(20 + 91L * q + random.nextInt(10));
        if (issued.isBefore(since)) {
          continue;
        }
        LocalDate due = issued.plusDays(30);
        double amount = Math.max(100, revenue / 4);
        String paid;
        String paidAmount = "";
        if (nonPayer && q >= 1 && q <= 3) {
          paid = "";
        } else if (latePayer
            && (q == 1 || q == 2 || random.nextBoolean())
            && inWindowFor(Persona.LATE_PAYER, due)) {
          paid = clamp(due.plusDays(20 + random.nextInt(41))).toString();
        } else if (due.isAfter(AS_OF)) {
          paid = "";
        } else {
          paid = clamp(due.plusDays(random.nextInt(10) - 6)).toString();
          if (random.nextInt(40) == 0) {
            paidAmount =
                money(
                    amount
                        * (0.992 + 0.008 * random.nextDouble())); // a bank fee short: still settled
          }
        }
        rows.add(
            "invoices.csv",
            next("I"),
            id,
            issued.toString(),
            due.toString(),
            money(amount),
            paid,
            paidAmount);
      }
      int tickets = poisson(3.5);
      for (int i = 0; i < tickets; i++) {
        ticket(businessHours(day(0, HISTORY_DAYS)), false, true, 10 + random.nextInt(50));
      }
      int contacts = poisson(6);
      for (int i = 0; i < contacts; i++) {
        boolean inbound = random.nextInt(3) > 0;
        interaction(
            businessHours(day(0, HISTORY_DAYS)),
            pick(new String[] {"call", "email", "email", "chat", "meeting"}),
            inbound,
            5 + random.nextInt(25),
            false);
      }
      boolean refuses = behaviours.contains(Persona.REFUSES_CHECK_INS);
      for (int q = 0; q < 8 && !refuses; q++) {
        LocalDate on = weekday(AS_OF.minusDays(30 + 91L * q + random.nextInt(20)));
        String outcome = random.nextInt(10) == 0 ? "cancelled" : "held";
        rows.add(
            "meetings.csv",
            next("M"),
            id,
            datetime(on.atTime(10 + random.nextInt(6), 0)),
            q == 7 ? "review" : "check_in",
            outcome);
      }
      if (random.nextInt(3) == 0) {
        rows.add(
            "requests.csv",
            next("Q"),
            id,
            day(0, HISTORY_DAYS).toString(),
            pick(new String[] {"scope_change", "extra_revision"}),
            "true",
            "",
            "");
      }
      int advice = behaviours.contains(Persona.IGNORES_ADVICE) ? 0 : 1 + random.nextInt(3);
      for (int i = 0; i < advice; i++) {
        rows.add(
            "advice.csv",
            next("A"),
            id,
            day(0, HISTORY_DAYS).toString(),
            pick(new String[] {"onboarding", "pricing", "security", "process", ""}),
            random.nextInt(8) == 0 ? "partly" : "yes");
      }
      if (random.nextInt(10) == 0) {
        rows.add(
            "referrals.csv",
            next("R"),
            id,
            day(0, HISTORY_DAYS).toString(),
            random.nextBoolean() ? "true" : "false",
            random.nextBoolean() ? money(revenue * 0.3) : "");
      }
    }

    /**
     * Whether a behaviour's row on {@code day} may happen: an improving customer's stop before the
     * recent half of the window.
     */
    private boolean inWindowFor(Persona behaviour, LocalDate day) {
      return persona != Persona.IMPROVING || day.isBefore(AS_OF.minusDays(183));
    }

    /**
     * The day of a bad event: any time in the last year, or only in its earlier half when
     * improving.
     */
    private LocalDate badDay() {
      return persona == Persona.IMPROVING ? day(190, 360) : day(0, 360);
    }

    private void behave(Persona behaviour, double revenue) {
      switch (behaviour) {
        case BULLY -> {
          int n = 2 + random.nextInt(3);
          for (int i = 0; i < n; i++) {
            incident(
                pick(
                    new String[] {
                      "rudeness",
                      "aggressive_accusation",
                      "personal_attack",
                      "public_shaming",
                      "rudeness"
                    }),
                2 + random.nextInt(4),
                pick(
                    new String[] {
                      "Shouted at support on the phone",
                      "Called the team \"useless\", twice",
                      "Insulted a consultant in front of the client's board",
                      ""
                    }));
          }
        }
        case THREATENER ->
            incident(
                "threat",
                4 + random.nextInt(2),
                "Threatened to \"make sure\" the engineer regrets it");
        case HIGH_TOUCH -> {
          int n = 20 + random.nextInt(20);
          for (int i = 0; i < n; i++) {
            ticket(businessHours(badDay()), false, true, 60 + random.nextInt(120));
          }
          int calls = 10 + random.nextInt(15);
          for (int i = 0; i < calls; i++) {
            interaction(businessHours(badDay()), "call", true, 20 + random.nextInt(40), false);
          }
        }
        case MIDNIGHT_CALLER -> {
          int n = 25 + random.nextInt(25);
          for (int i = 0; i < n; i++) {
            interaction(
                afterHours(badDay()),
                pick(new String[] {"call", "sms", "voicemail", "email", "chat"}),
                true,
                3 + random.nextInt(15),
                false);
          }
        }
        case ESCALATOR -> {
          int n = 3 + random.nextInt(4);
          for (int i = 0; i < n; i++) {
            interaction(
                businessHours(badDay()),
                pick(new String[] {"call", "email"}),
                true,
                15 + random.nextInt(30),
                true);
          }
        }
        case GOAL_POST_MOVER ->
            requests(
                3 + random.nextInt(4),
                new String[] {"scope_change", "renegotiation"},
                revenue,
                false);
        case FREEBIE_HUNTER ->
            requests(3 + random.nextInt(4), new String[] {"discount", "free_work"}, revenue, true);
        case UNREASONABLE -> {
          requests(
              3 + random.nextInt(3),
              new String[] {"extra_revision", "deadline_pull_in", "out_of_hours"},
              revenue,
              false);
          for (int i = 0; i < 3; i++) {
            ticket(businessHours(badDay()), false, false, 30 + random.nextInt(60));
          }
        }
        case NO_SHOW -> {
          int n = 2 + random.nextInt(3);
          for (int i = 0; i < n; i++) {
            rows.add(
                "meetings.csv",
                next("M"),
                id,
                datetime(weekday(badDay()).atTime(14, 0)),
                "check_in",
                random.nextBoolean() ? "no_show" : "cancelled_late");
          }
        }
        case REFUSES_CHECK_INS -> {
          int n = 2 + random.nextInt(2);
          for (int i = 0; i < n; i++) {
            rows.add(
                "meetings.csv",
                next("M"),
                id,
                datetime(weekday(badDay()).atTime(11, 0)),
                "check_in",
                "declined");
          }
        }
        case DISHONEST -> {
          int n = 1 + random.nextInt(2);
          for (int i = 0; i < n; i++) {
            incident(
                "dishonesty",
                2 + random.nextInt(3),
                pick(
                    new String[] {
                      "Claimed we promised a discount we never offered",
                      "Said a competitor had bid lower; no such bid",
                      ""
                    }));
          }
        }
        case PUBLIC_COMPLAINER -> {
          int n = 2 + random.nextInt(4);
          for (int i = 0; i < n; i++) {
            rows.add(
                "reviews.csv",
                next("V"),
                id,
                badDay().toString(),
                pick(new String[] {"review_site", "social", "forum", "press"}),
                Integer.toString(1 + random.nextInt(2)),
                random.nextBoolean() ? "true" : "",
                pick(
                    new String[] {
                      "\"Worst service ever\", 1 star",
                      "Posted about the invoice dispute, with screenshots",
                      ""
                    }));
          }
        }
        case TRIVIAL_COMPLAINER -> {
          int n = 8 + random.nextInt(8);
          for (int i = 0; i < n; i++) {
            ticket(businessHours(badDay()), true, true, 5 + random.nextInt(15));
          }
        }
        case IGNORES_ADVICE -> {
          int n = 3 + random.nextInt(3);
          for (int i = 0; i < n; i++) {
            rows.add(
                "advice.csv",
                next("A"),
                id,
                badDay().toString(),
                pick(new String[] {"security", "pricing", "process"}),
                random.nextInt(4) == 0 ? "partly" : "no");
          }
        }
        case UNETHICAL ->
            incident(
                "unethical_request",
                3 + random.nextInt(3),
                "Asked us to back-date an invoice for the auditors");
        case LATE_PAYER,
            NON_PAYER,
            OUTSIDE_PROFILE,
            NO_GROWTH,
            HEALTHY,
            STAR,
            SEVERAL_PROBLEMS,
            IMPROVING -> {
          // These show in the customer's own row and invoices, written by the baseline.
        }
      }
    }

    private void requests(int n, String[] kinds, double revenue, boolean someGranted) {
      for (int i = 0; i < n; i++) {
        boolean granted = someGranted && random.nextBoolean();
        rows.add(
            "requests.csv",
            next("Q"),
            id,
            badDay().toString(),
            pick(kinds),
            "false",
            granted ? "true" : "false",
            random.nextBoolean() ? money(revenue * (0.02 + 0.08 * random.nextDouble())) : "");
      }
    }

    private void incident(String kind, int severity, String note) {
      rows.add(
          "incidents.csv",
          next("X"),
          id,
          badDay().toString(),
          kind,
          random.nextInt(6) == 0 ? "" : Integer.toString(severity),
          pick(OWNERS),
          note);
    }

    private void ticket(LocalDateTime opened, boolean trivial, boolean inScope, int minutes) {
      rows.add(
          "tickets.csv",
          next("T"),
          id,
          datetime(opened),
          random.nextInt(3) == 0 ? "" : datetime(opened.plusHours(2 + random.nextInt(48))),
          pick(new String[] {"low", "normal", "normal", "high", "urgent", ""}),
          pick(new String[] {"billing", "access", "bug", "how-to", "outage", ""}),
          trivial ? "true" : random.nextInt(2) == 0 ? "false" : "",
          inScope ? (random.nextInt(2) == 0 ? "true" : "") : "false",
          Integer.toString(minutes));
    }

    private void interaction(
        LocalDateTime at, String channel, boolean inbound, int minutes, boolean escalated) {
      rows.add(
          "interactions.csv",
          next("N"),
          id,
          datetime(at),
          channel,
          inbound ? "inbound" : "outbound",
          random.nextInt(5) == 0 ? "" : Integer.toString(minutes),
          escalated ? "true" : random.nextInt(3) == 0 ? "" : "false");
    }

    private int poisson(double mean) {
      double limit = Math.exp(-mean);
      double product = random.nextDouble();
      int n = 0;
      while (product > limit) {
        product *= random.nextDouble();
        n++;
      }
      return n;
    }

    private LocalDate day(int fromDaysAgo, int toDaysAgo) {
      return AS_OF.minusDays(fromDaysAgo + random.nextInt(Math.max(1, toDaysAgo - fromDaysAgo)));
    }

    private LocalDateTime businessHours(LocalDate day) {
      return weekday(day).atTime(8 + random.nextInt(9), random.nextInt(60));
    }

    private LocalDateTime afterHours(LocalDate day) {
      int hour = pick(new int[] {21, 22, 23, 0, 1, 2, 6});
      return day.atTime(hour, random.nextInt(60));
    }

    private static LocalDate weekday(LocalDate day) {
      DayOfWeek d = day.getDayOfWeek();
      return d == DayOfWeek.SATURDAY
          ? day.minusDays(1)
          : d == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    private static LocalDate clamp(LocalDate day) {
      return day.isAfter(AS_OF) ? AS_OF : day;
    }

    /** Mostly with the offset in force that day, sometimes local: both are in the contract. */
    private String datetime(LocalDateTime at) {
      String local = at.withSecond(0).toString();
      if (local.length() == 16) {
        local = local + ":00";
      }
      if (random.nextInt(5) == 0) {
        return local;
      }
      ZoneOffset offset = ZONE.getRules().getOffset(at);
      return local + offset.getId().replace("Z", "+00:00");
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }

    private int pick(int[] values) {
      return values[random.nextInt(values.length)];
    }

    private static String money(double amount) {
      return String.format(Locale.ROOT, "%.2f", Math.round(amount * 100) / 100.0);
    }
  }

  /** The files of a dataset, for those who copy one. */
  public static List<String> files() {
    List<String> files =
        new ArrayList<>(DataContract.schemas().stream().map(Schema::toString).toList());
    files.add("dataset.yaml");
    return files;
  }
}
