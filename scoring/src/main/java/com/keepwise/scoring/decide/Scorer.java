package com.keepwise.scoring.decide;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.Score;
import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Fact;
import com.keepwise.scoring.criteria.MeasureContext;
import com.keepwise.scoring.criteria.Measurement;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.policy.RiskBand;
import com.keepwise.scoring.policy.ValueBand;
import com.keepwise.scoring.rules.RuleFacts;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.Trend;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one customer's signals into an {@link Assessment}: every criterion measured, weighed by the
 * customer's segment's policy into a risk and a value score, then decided by the {@link Decider}.
 * Pure and thread-safe: the same signals always give the same assessment.
 */
public final class Scorer {

  private final LoadedPolicy loaded;
  private final Policy policy;
  private final MeasureContext context;
  private final SegmentPolicy defaults;
  private final Map<String, SegmentPolicy> bySegment = new HashMap<>();
  private final Decider decider;

  public Scorer(LoadedPolicy loaded, MeasureContext context) {
    this.loaded = loaded;
    this.policy = loaded.policy();
    this.context = context;
    this.defaults = new SegmentPolicy(policy, Optional.empty());
    policy.segments().forEach((segment, override) -> bySegment.put(segment, new SegmentPolicy(policy, Optional.of(override))));
    this.decider = new Decider(loaded);
  }

  public LoadedPolicy policy() {
    return loaded;
  }

  public Assessment assess(CustomerSignals signals) {
    Customer customer = signals.customer();
    SegmentPolicy segment = bySegment.getOrDefault(customer.segment(), defaults);
    Map<Criterion, Measurement> measured = new IdentityHashMap<>();
    for (Criterion criterion : Catalog.all()) {
      measured.put(criterion, criterion.measure(signals, context));
    }
    List<Weighed> risk = weighRisk(segment, measured);
    List<Weighed> value = weighValue(segment, measured);
    double riskScore = Math.min(100, risk.stream().mapToDouble(Weighed::points).sum());
    double valueScore = Math.min(100, value.stream().mapToDouble(Weighed::points).sum());
    Score riskRounded = Score.of(riskScore);
    Score valueRounded = Score.of(valueScore);
    RiskBand riskBand = segment.bands.risk(riskRounded.value());
    ValueBand valueBand = segment.bands.value(valueRounded.value());
    Trend trend = signals.trend();
    boolean improving = trend.isImproving(policy.trend().minEarlierProblems(), policy.trend().improvingRatio());
    RuleFacts facts = facts(signals, measured, risk, value, riskRounded, valueRounded, riskBand, valueBand, trend, improving);
    Decider.Outcome outcome = decider.decide(segment, risk, riskBand, valueBand, facts, signals, trend);
    Decision decision = new Decision(customer.id(), outcome.action(), riskRounded, valueRounded, outcome.rule(),
        decider.reasons(outcome, risk, value));
    return new Assessment(customer, decision, risk, value, riskBand, valueBand, trend, outcome.steps());
  }

  private List<Weighed> weighRisk(SegmentPolicy segment, Map<Criterion, Measurement> measured) {
    List<Weighed> weighed = new ArrayList<>(segment.risk.size());
    double scale = policy.fullRiskShare() * segment.riskWeight;
    for (SegmentPolicy.Entry entry : segment.risk) {
      Measurement m = measured.get(entry.criterion());
      double severity = entry.severity(m);
      double points = scale > 0 ? 100 * entry.weight() * severity / scale : 0;
      weighed.add(new Weighed(entry.criterion(), m, severity, entry.weight(), points));
    }
    return weighed;
  }

  /** Value factors the data cannot tell are left out of the whole, not counted as zero. */
  private static List<Weighed> weighValue(SegmentPolicy segment, Map<Criterion, Measurement> measured) {
    double measuredWeight = 0;
    for (SegmentPolicy.Entry entry : segment.value) {
      if (measured.get(entry.criterion()).measured()) {
        measuredWeight += entry.weight();
      }
    }
    List<Weighed> weighed = new ArrayList<>(segment.value.size());
    for (SegmentPolicy.Entry entry : segment.value) {
      Measurement m = measured.get(entry.criterion());
      double strength = entry.severity(m);
      double points = measuredWeight > 0 && m.measured() ? 100 * entry.weight() * strength / measuredWeight : 0;
      weighed.add(new Weighed(entry.criterion(), m, strength, entry.weight(), points));
    }
    return weighed;
  }

  private static RuleFacts facts(CustomerSignals signals, Map<Criterion, Measurement> measured, List<Weighed> risk,
      List<Weighed> value, Score riskScore, Score valueScore, RiskBand riskBand, ValueBand valueBand, Trend trend,
      boolean improving) {
    Customer customer = signals.customer();
    RuleFacts facts = new RuleFacts()
        .set("customer.segment", customer.segment())
        .set("customer.industry", customer.industry().orElse(""))
        .set("customer.region", customer.region().orElse(""))
        .set("customer.tier", customer.tier().orElse(""))
        .set("customer.relationship", customer.relationship().code())
        .set("customer.high_profile", customer.highProfile())
        .set("customer.growth_potential", customer.growthPotential().map(g -> g.code()).orElse("unknown"))
        .set("customer.annual_revenue", customer.annualRevenue().toDouble())
        .set("customer.tenure_years", Math.max(0, ChronoUnit.DAYS.between(customer.customerSince(), signals.window().asOf()) / 365.25))
        .set("risk.score", riskScore.value())
        .set("risk.band", riskBand.name().toLowerCase(Locale.ROOT))
        .set("value.score", valueScore.value())
        .set("value.band", valueBand.code())
        .set("trend.improving", improving)
        .set("trend.worsening", trend.isWorsening())
        .set("trend.earlier", (long) trend.earlier())
        .set("trend.recent", (long) trend.recent());
    Map<Criterion, Double> severities = new IdentityHashMap<>();
    risk.forEach(w -> severities.put(w.criterion(), w.severity()));
    value.forEach(w -> severities.put(w.criterion(), w.severity()));
    measured.forEach((criterion, m) -> {
      List<Fact> declared = criterion.facts();
      for (int i = 0; i < declared.size(); i++) {
        facts.set(criterion.id() + "." + declared.get(i).name(), m.measured() ? m.value(i) : 0.0);
      }
      facts.set(criterion.id() + ".severity", severities.getOrDefault(criterion, 0.0));
      facts.set(criterion.id() + ".measured", m.measured());
    });
    return facts;
  }
}
