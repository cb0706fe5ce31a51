package com.keepwise.scoring.rules;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.AdviceFollowed;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.MeetingKind;
import com.keepwise.domain.signal.MeetingOutcome;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.domain.signal.Signal;
import com.keepwise.scoring.criteria.MeasureContext;
import com.keepwise.scoring.criteria.SegmentNorms;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Scorer;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.ReviewWindow;
import com.keepwise.scoring.signals.SignalTally;
import com.keepwise.scoring.signals.TallyContext;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the CEL budget ({@link RuleBudget}) costs when scoring: the default policy assessed for a
 * fixed population of {@value #CUSTOMERS} customers with the rule conditions compiled as {@link
 * RuleCompiler} compiles them ({@code budgeted}: the budget's {@code CelOptions} limits and its
 * bounded {@code matches}) and as CEL compiles them without the budget ({@code unbudgeted}: CEL's
 * default options plus the heterogeneous numeric comparisons the rules need, CEL's own {@code
 * matches}), built here rather than in the product.
 *
 * <ul>
 *   <li>{@code assess}: one customer's whole assessment ({@link Scorer#assess}: criteria measured,
 *       weighed, banded, hard rules and protections evaluated as the product does), in ns per
 *       customer;
 *   <li>{@code conditions}: every hard-rule and protection condition of the default policy
 *       evaluated for one customer (the most CEL work a customer can cost; scoring stops at the
 *       first hard rule that holds), in ns per customer.
 * </ul>
 *
 * The population is built deterministically (seed 42) as the scoring module's property tests build
 * theirs: ordinary customers of varied segments, revenue and tenure, each with zero to three
 * behaviours of the catalog (late payments, incidents, threats, requests, reviews...) at random
 * intensities, so that some trip hard rules and protections. Setup checks that both variants decide
 * every customer alike.
 *
 * <p>Run it (it is built only with the {@code bench} profile, never by {@code verify}):
 *
 * <pre>
 * ./mvnw -q -B -ntp -Pbench -pl bench/jmh -am package -DskipTests
 * java -jar bench/jmh/target/benchmarks.jar RuleBudgetBenchmark          # about 4 minutes
 * java -jar bench/jmh/target/benchmarks.jar RuleBudgetBenchmark -f 1 -wi 3 -i 3   # a quick look
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RuleBudgetBenchmark {

  static final int CUSTOMERS = 4_000;
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  @Param({"budgeted", "unbudgeted"})
  public String compiler;

  private Scorer scorer;
  private CustomerSignals[] customers;
  private RuleInputs[] facts;
  private Condition[] conditions;

  @Setup
  public void setUp() throws Exception {
    LoadedPolicy budgeted = PolicyLoader.defaultPolicy();
    LoadedPolicy policy =
        switch (compiler) {
          case "budgeted" -> budgeted;
          case "unbudgeted" -> withoutBudget(budgeted);
          default -> throw new IllegalArgumentException(compiler);
        };
    ScenarioBuilder population = population(new SplittableRandom(42), CUSTOMERS);
    SignalTally tally = tally(population, budgeted);
    customers = new CustomerSignals[tally.size()];
    for (int i = 0; i < customers.length; i++) {
      customers[i] = tally.signals(i);
    }
    scorer = scorer(tally, policy);
    conditions = policy.conditions().values().toArray(new Condition[0]);
    facts = factsOf(tally, budgeted, customers);

    // Both variants must decide alike, or the comparison says nothing.
    Scorer reference = scorer(tally, budgeted);
    for (CustomerSignals customer : customers) {
      if (!scorer.assess(customer).decision().equals(reference.assess(customer).decision())) {
        throw new IllegalStateException("decisions differ for " + customer.customer().id());
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void assess(Blackhole blackhole) {
    for (CustomerSignals customer : customers) {
      blackhole.consume(scorer.assess(customer));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void conditions(Blackhole blackhole) {
    for (RuleInputs customer : facts) {
      for (Condition condition : conditions) {
        blackhole.consume(condition.holds(customer));
      }
    }
  }

  /** Every customer assessed once; a checksum of the decisions, for {@link RuleBudgetAb}. */
  long assessOnce() {
    long sum = 0;
    for (CustomerSignals customer : customers) {
      Assessment assessment = scorer.assess(customer);
      sum += assessment.decision().action().ordinal() + (long) assessment.decision().risk().value();
    }
    return sum;
  }

  /** Every condition evaluated once for every customer; how many held, for {@link RuleBudgetAb}. */
  long conditionsOnce() {
    long held = 0;
    for (RuleInputs customer : facts) {
      for (Condition condition : conditions) {
        if (condition.holds(customer)) {
          held++;
        }
      }
    }
    return held;
  }

  /** The same policy, its conditions compiled by CEL with its default options and functions. */
  static LoadedPolicy withoutBudget(LoadedPolicy policy) throws Exception {
    CelOptions options = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    CelCompilerBuilder builder =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(options)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setResultType(SimpleType.BOOL);
    RuleNames.get().types().forEach(builder::addVar);
    CelCompiler celCompiler = builder.build();
    // CEL's standard interpreter, as RuleCompiler has it: only the budget differs.
    CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(options).build();
    // CEL's own matches() is there, unbounded.
    if (!(Boolean) runtime.createProgram(compile(celCompiler, "'abc'.matches('b+')")).eval()) {
      throw new IllegalStateException("CEL's matches() is missing");
    }
    Map<String, Condition> conditions = new LinkedHashMap<>();
    for (Map.Entry<String, Condition> entry : policy.conditions().entrySet()) {
      String source = entry.getValue().source();
      conditions.put(
          entry.getKey(),
          new Condition(source, runtime.createProgram(compile(celCompiler, source))));
    }
    return new LoadedPolicy(policy.source(), policy.text(), policy.policy(), conditions);
  }

  private static dev.cel.common.CelAbstractSyntaxTree compile(CelCompiler compiler, String source)
      throws CelValidationException {
    return compiler.compile(source).getAst();
  }

  /** Each customer's signals, tallied as {@code score} tallies them. */
  private static SignalTally tally(ScenarioBuilder population, LoadedPolicy policy) {
    Policy p = policy.policy();
    List<Customer> all = population.customers();
    ReviewWindow window =
        ReviewWindow.of(AS_OF, p.review().windowMonths(), p.review().recentMonths());
    SignalTally tally =
        new SignalTally(
            all, new TallyContext(window, p.businessHours().in(ZoneOffset.UTC), ZoneOffset.UTC));
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i).id().value(), i);
    }
    Map<SourceFile, Long> lines = new java.util.EnumMap<>(SourceFile.class);
    for (Signal signal : population.signals()) {
      long line = lines.merge(signal.source(), 1L, Long::sum) + 1;
      tally.add(index.get(signal.customerId().value()), signal, line);
    }
    return tally;
  }

  /** A scorer as {@code score} builds one, the portfolio's norms taken from {@code tally}. */
  private static Scorer scorer(SignalTally tally, LoadedPolicy policy) {
    Policy p = policy.policy();
    SegmentNorms portfolio = SegmentNorms.of(tally, EnumSet.allOf(SourceFile.class));
    return new Scorer(
        policy,
        new MeasureContext(
            portfolio, p.costModel(), p.idealCustomerProfile(), p.newCustomersOrNone()));
  }

  /**
   * The facts each customer's conditions read, as the scorer hands them over: recorded by scoring
   * once with conditions that note their input and hold for nobody.
   */
  private static RuleInputs[] factsOf(
      SignalTally tally, LoadedPolicy policy, CustomerSignals[] customers) {
    RuleInputs[] recorded = new RuleInputs[1];
    CelRuntime.Program recorder =
        (CelRuntime.Program)
            Proxy.newProxyInstance(
                RuleBudgetBenchmark.class.getClassLoader(),
                new Class<?>[] {CelRuntime.Program.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("eval")
                      && args != null
                      && args.length == 1
                      && args[0] instanceof RuleInputs inputs) {
                    recorded[0] = inputs;
                    return Boolean.FALSE;
                  }
                  throw new CelEvaluationException("not recorded: " + method);
                });
    Map<String, Condition> recording = new LinkedHashMap<>();
    policy.conditions().forEach((id, c) -> recording.put(id, new Condition(c.source(), recorder)));
    Scorer recordingScorer =
        scorer(tally, new LoadedPolicy(policy.source(), policy.text(), policy.policy(), recording));
    List<RuleInputs> facts = new ArrayList<>();
    for (CustomerSignals customer : customers) {
      recorded[0] = null;
      Assessment ignored = recordingScorer.assess(customer);
      if (recorded[0] == null) {
        throw new IllegalStateException("no condition read " + ignored.customer().id());
      }
      facts.add(recorded[0]);
    }
    return facts.toArray(new RuleInputs[0]);
  }

  /**
   * {@code count} customers, each an ordinary customer with zero to three behaviours of the catalog
   * at random intensities (as the scoring module's {@code RandomScenarios}).
   */
  static ScenarioBuilder population(SplittableRandom random, int count) {
    ScenarioBuilder scenario = ScenarioBuilder.asOf(AS_OF);
    for (int i = 0; i < count; i++) {
      String id = "C" + i;
      ScenarioBuilder.CustomerSpec spec =
          scenario
              .customer(id)
              .segment(oneOf(random, "smb", "enterprise", "public_sector"))
              .revenue(oneOf(random, 0L, 5_000L, 40_000L, 250_000L, 3_000_000L))
              .since(AS_OF.minusDays(between(random, 30, 6_000)))
              .industry(oneOf(random, "software", "retail", "mining"))
              .region(oneOf(random, "SE", "NO", "US"))
              .relationship(oneOf(random, Relationship.values()));
      if (random.nextDouble() < 0.7) {
        spec.growth(oneOf(random, GrowthPotential.values()));
      }
      if (random.nextDouble() < 0.1) {
        spec.highProfile();
      }
      spec.and();
      scenario.invoices(id, between(random, 0, 12), 0, 0);
      scenario.tickets(id, between(random, 0, 5), between(random, 0, 60), false, true);
      scenario.calls(id, between(random, 0, 8), false, false, between(random, 0, 20));
      int behaviours = between(random, 0, 3);
      for (int b = 0; b < behaviours; b++) {
        behave(scenario, id, random);
      }
    }
    return scenario;
  }

  private static void behave(ScenarioBuilder s, String id, SplittableRandom random) {
    int n = between(random, 1, 6);
    switch (between(random, 0, 15)) {
      case 0 -> s.invoices(id, n + 2, n, between(random, 8, 90));
      case 1 -> s.unpaidInvoice(id, between(random, 100, 50_000), between(random, 1, 200));
      case 2 ->
          s.incident(
              id,
              oneOf(random, IncidentKind.values()),
              between(random, 1, 5),
              between(random, 1, 360));
      case 3 -> s.tickets(id, n * 5, between(random, 10, 120), false, true);
      case 4 -> s.calls(id, n * 4, true, random.nextBoolean(), between(random, 1, 30));
      case 5 ->
          s.requests(
              id,
              n,
              oneOf(random, RequestKind.values()),
              random.nextBoolean(),
              between(random, 0, 5_000));
      case 6 ->
          s.meetings(
              id, n, oneOf(random, MeetingKind.values()), oneOf(random, MeetingOutcome.values()));
      case 7 -> s.negativeReviews(id, n, oneOf(random, ReviewChannel.values()));
      case 8 -> s.tickets(id, n * 2, 5, true, random.nextBoolean());
      case 9 -> s.advice(id, n, oneOf(random, AdviceFollowed.values()));
      case 10 -> s.referrals(id, n, random.nextBoolean(), between(random, 0, 100_000));
      case 11 -> s.meetings(id, n, MeetingKind.CHECK_IN, MeetingOutcome.HELD);
      case 12 -> s.calls(id, n * 3, false, true, 15);
      case 13 -> s.requests(id, n, RequestKind.SCOPE_CHANGE, false, 0);
      case 14 -> s.incident(id, IncidentKind.THREAT, 5, between(random, 1, 360));
      default -> s.invoices(id, n, 0, 0);
    }
  }

  /** A number from {@code min} to {@code max}, both included. */
  private static int between(SplittableRandom random, int min, int max) {
    return random.nextInt(min, max + 1);
  }

  @SafeVarargs
  private static <T> T oneOf(SplittableRandom random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
