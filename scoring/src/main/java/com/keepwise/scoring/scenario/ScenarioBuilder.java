package com.keepwise.scoring.scenario;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Advice;
import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.domain.signal.Channel;
import com.keepwise.domain.signal.Direction;
import com.keepwise.domain.signal.Incident;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.Interaction;
import com.keepwise.domain.signal.Invoice;
import com.keepwise.domain.signal.Meeting;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.Referral;
import com.keepwise.domain.signal.Request;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.domain.signal.Review;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.domain.signal.Signal;
import com.keepwise.domain.signal.Ticket;
import com.keepwise.scoring.criteria.MeasureContext;
import com.keepwise.scoring.criteria.SegmentNorms;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Scorer;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.signals.ReviewWindow;
import com.keepwise.scoring.signals.SignalTally;
import com.keepwise.scoring.signals.TallyContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A small portfolio described in code, for scenario tests and policy test cases: customers and
 * their events, compactly ("12 invoices, 4 paid 60 days late"), assessed without any file.
 *
 * <p>Events are dated back from the review date; times of day are inside business hours unless said
 * otherwise. Rows are numbered per file in the order they are added, as lines of a file.
 */
public final class ScenarioBuilder {

  private final LocalDate asOf;
  private final ZoneId zone = ZoneOffset.UTC;
  private final Map<String, Customer> customers = new LinkedHashMap<>();
  private final List<Signal> signals = new ArrayList<>();
  private final Set<SourceFile> files = EnumSet.allOf(SourceFile.class);
  private int ids;

  private ScenarioBuilder(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** A copy to add more to, leaving this one as it is. */
  public ScenarioBuilder copy() {
    ScenarioBuilder copy = new ScenarioBuilder(asOf);
    copy.customers.putAll(customers);
    copy.signals.addAll(signals);
    copy.files.clear();
    copy.files.addAll(files);
    copy.ids = ids;
    return copy;
  }

  /** The customer {@code id} with another annual revenue, all else as it was. */
  public ScenarioBuilder revenue(String id, long revenue) {
    Customer c = customers.get(id);
    if (c == null) {
      throw new IllegalArgumentException("no customer " + id);
    }
    customers.put(id, c.toBuilder().annualRevenue(Money.of(revenue)).build());
    return this;
  }

  /** An empty portfolio reviewed on {@code asOf}. */
  public static ScenarioBuilder asOf(LocalDate asOf) {
    return new ScenarioBuilder(asOf);
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** Adds a customer: segment smb, 50,000 a year, a customer for five years, nothing else known. */
  public CustomerSpec customer(String id) {
    return new CustomerSpec(this, id);
  }

  /** The dataset has no such file: criteria measured from it alone are not measured. */
  public ScenarioBuilder without(SourceFile file) {
    files.remove(file);
    return this;
  }

  public ScenarioBuilder add(Signal signal) {
    if (!customers.containsKey(signal.customerId().value())) {
      throw new IllegalArgumentException("no customer " + signal.customerId());
    }
    signals.add(signal);
    return this;
  }

  private String nextId(String prefix) {
    return prefix + (++ids);
  }

  private CustomerId id(String customer) {
    return customers.get(customer) != null ? customers.get(customer).id() : CustomerId.of(customer);
  }

  /**
   * {@code count} invoices due monthly back from the review date, the last {@code late} of them
   * paid {@code daysLate} days late.
   */
  public ScenarioBuilder invoices(String customer, int count, int late, int daysLate) {
    for (int i = 0; i < count; i++) {
      LocalDate due = asOf.minusDays(15 + 30L * i);
      boolean isLate = i < late;
      LocalDate paid = isLate ? due.plusDays(daysLate) : due.minusDays(2);
      if (paid.isAfter(asOf)) {
        paid = asOf;
      }
      add(
          new Invoice(
              nextId("I"),
              id(customer),
              due.minusDays(30),
              due,
              Money.of(1_000),
              Optional.of(paid),
              Optional.empty()));
    }
    return this;
  }

  /** An invoice still unpaid, {@code daysOverdue} days past due at the review date. */
  public ScenarioBuilder unpaidInvoice(String customer, long amount, int daysOverdue) {
    LocalDate due = asOf.minusDays(daysOverdue);
    return add(
        new Invoice(
            nextId("I"),
            id(customer),
            due.minusDays(30),
            due,
            Money.of(amount),
            Optional.empty(),
            Optional.empty()));
  }

  public ScenarioBuilder incident(String customer, IncidentKind kind, int severity, int daysAgo) {
    return add(
        new Incident(
            nextId("X"),
            id(customer),
            asOf.minusDays(daysAgo),
            kind,
            severity,
            Optional.empty(),
            Optional.empty()));
  }

  /** {@code count} tickets, one every three days back from the review date. */
  public ScenarioBuilder tickets(
      String customer, int count, double minutesEach, boolean trivial, boolean inScope) {
    for (int i = 0; i < count; i++) {
      var opened = asOf.minusDays(1 + 3L * i).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
      add(
          Ticket.builder(nextId("T"), id(customer), opened, LocalDate.ofInstant(opened, zone))
              .trivial(trivial)
              .inScope(inScope)
              .minutesSpent(OptionalDouble.of(minutesEach))
              .build());
    }
    return this;
  }

  /** {@code count} inbound calls, at 23:00 when {@code afterHours}, else at 10:00, on weekdays. */
  public ScenarioBuilder calls(
      String customer, int count, boolean afterHours, boolean escalated, double minutesEach) {
    for (int i = 0; i < count; i++) {
      LocalDate day = weekday(asOf.minusDays(1 + 2L * i));
      var at =
          day.atTime(afterHours ? LocalTime.of(23, 0) : LocalTime.of(10, 0))
              .atZone(zone)
              .toInstant();
      add(
          Interaction.builder(
                  nextId("C"),
                  id(customer),
                  at,
                  LocalDate.ofInstant(at, zone),
                  Channel.CALL,
                  Direction.INBOUND)
              .minutes(OptionalDouble.of(minutesEach))
              .escalated(escalated)
              .build());
    }
    return this;
  }

  private static LocalDate weekday(LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek().getValue() > 5) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** {@code count} meetings of a kind and outcome, one a month back from the review date. */
  public ScenarioBuilder meetings(
      String customer, int count, MeetingKind kind, MeetingOutcome outcome) {
    for (int i = 0; i < count; i++) {
      var at =
          weekday(asOf.minusDays(10 + 30L * i))
              .atTime(LocalTime.of(14, 0))
              .atZone(zone)
              .toInstant();
      add(new Meeting(nextId("M"), id(customer), at, LocalDate.ofInstant(at, zone), kind, outcome));
    }
    return this;
  }

  /** {@code count} requests of a kind outside the contract, one a month back. */
  public ScenarioBuilder requests(
      String customer, int count, RequestKind kind, boolean granted, long amount) {
    for (int i = 0; i < count; i++) {
      add(
          new Request(
              nextId("R"),
              id(customer),
              asOf.minusDays(5 + 30L * i),
              kind,
              false,
              Optional.of(granted),
              amount > 0 ? Optional.of(Money.of(amount)) : Optional.empty()));
    }
    return this;
  }

  public ScenarioBuilder negativeReviews(String customer, int count, ReviewChannel channel) {
    for (int i = 0; i < count; i++) {
      add(
          new Review(
              nextId("V"),
              id(customer),
              asOf.minusDays(20 + 40L * i),
              channel,
              OptionalInt.of(1),
              true,
              Optional.empty()));
    }
    return this;
  }

  public ScenarioBuilder referrals(String customer, int count, boolean converted, long value) {
    for (int i = 0; i < count; i++) {
      add(
          new Referral(
              nextId("F"),
              id(customer),
              asOf.minusDays(30 + 45L * i),
              converted,
              value > 0 ? Optional.of(Money.of(value)) : Optional.empty()));
    }
    return this;
  }

  public ScenarioBuilder advice(String customer, int count, AdviceFollowed followed) {
    for (int i = 0; i < count; i++) {
      add(
          new Advice(
              nextId("A"), id(customer), asOf.minusDays(25 + 30L * i), Optional.empty(), followed));
    }
    return this;
  }

  public List<Customer> customers() {
    return List.copyOf(customers.values());
  }

  public List<Signal> signals() {
    return List.copyOf(signals);
  }

  /** Every customer assessed under {@code policy}, in the order they were added. */
  public List<Assessment> assessAll(LoadedPolicy policy) {
    return assessAll(policy, signals);
  }

  /** As {@link #assessAll(LoadedPolicy)}, with the events in the given order. */
  public List<Assessment> assessAll(LoadedPolicy policy, List<Signal> inOrder) {
    Policy p = policy.policy();
    List<Customer> all = customers();
    ReviewWindow window =
        ReviewWindow.of(asOf, p.review().windowMonths(), p.review().recentMonths());
    SignalTally tally =
        new SignalTally(all, new TallyContext(window, p.businessHours().in(zone), zone));
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i).id().value(), i);
    }
    Map<SourceFile, Long> lines = new EnumMap<>(SourceFile.class);
    for (Signal signal : inOrder) {
      long line = lines.merge(signal.source(), 1L, Long::sum) + 1;
      tally.add(index.get(signal.customerId().value()), signal, line);
    }
    SegmentNorms portfolio = SegmentNorms.of(tally, files);
    Scorer scorer =
        new Scorer(
            policy,
            new MeasureContext(
                portfolio, p.costModel(), p.idealCustomerProfile(), p.newCustomersOrNone()));
    List<Assessment> assessments = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      assessments.add(scorer.assess(tally.signals(i)));
    }
    return assessments;
  }

  /** One customer's assessment under {@code policy}. */
  public Assessment assess(String customer, LoadedPolicy policy) {
    return assessAll(policy).stream()
        .filter(a -> a.customer().id().value().equals(customer))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no customer " + customer));
  }

  /** A customer being described; {@link #and()} returns to the scenario. */
  public static final class CustomerSpec {
    private final ScenarioBuilder scenario;
    private final String id;
    private String name;
    private String segment = "smb";
    private LocalDate since;
    private long revenue = 50_000;
    private Optional<String> industry = Optional.empty();
    private Optional<String> region = Optional.empty();
    private Optional<String> tier = Optional.empty();
    private boolean highProfile;
    private Optional<GrowthPotential> growth = Optional.empty();
    private Relationship relationship = Relationship.STANDARD;

    private CustomerSpec(ScenarioBuilder scenario, String id) {
      this.scenario = scenario;
      this.id = id;
      this.name = "Customer " + id;
      this.since = scenario.asOf.minusYears(5);
    }

    public CustomerSpec name(String value) {
      name = value;
      return this;
    }

    public CustomerSpec segment(String value) {
      segment = value;
      return this;
    }

    public CustomerSpec since(LocalDate value) {
      since = value;
      return this;
    }

    public CustomerSpec revenue(long value) {
      revenue = value;
      return this;
    }

    public CustomerSpec industry(String value) {
      industry = Optional.of(value);
      return this;
    }

    public CustomerSpec region(String value) {
      region = Optional.of(value);
      return this;
    }

    public CustomerSpec tier(String value) {
      tier = Optional.of(value);
      return this;
    }

    public CustomerSpec highProfile() {
      highProfile = true;
      return this;
    }

    public CustomerSpec growth(GrowthPotential value) {
      growth = Optional.of(value);
      return this;
    }

    public CustomerSpec relationship(Relationship value) {
      relationship = value;
      return this;
    }

    /** Adds the customer and returns to the scenario. */
    public ScenarioBuilder and() {
      scenario.customers.put(
          id,
          Customer.builder(CustomerId.of(id), name, segment, since, Money.of(revenue))
              .industry(industry)
              .region(region)
              .tier(tier)
              .highProfile(highProfile)
              .growthPotential(growth)
              .relationship(relationship)
              .build());
      return scenario;
    }
  }
}
