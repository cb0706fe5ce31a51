package com.keepwise.scoring.decide;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.Score;
import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.MeasureContext;
import com.keepwise.scoring.criteria.Measurement;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.policy.RiskBand;
import com.keepwise.scoring.policy.TrendPolicy;
import com.keepwise.scoring.policy.ValueBand;
import com.keepwise.scoring.rules.RuleInputs;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.Trend;
import java.util.ArrayList;
import java.util.HashMap;
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

  private static final List<Criterion> CATALOG = Catalog.all();

  private final LoadedPolicy loaded;
  private final Policy policy;
  private final MeasureContext context;
  private final SegmentPolicy defaults;
  private final Map<String, SegmentPolicy> bySegment = new HashMap<>();
  private final Decider decider;

  /** Catalog positions of the criteria a trend in problem events says nothing about. */
  private final int[] notWithTrend;

  public Scorer(LoadedPolicy loaded, MeasureContext context) {
    this.loaded = loaded;
    this.policy = loaded.policy();
    this.context = context;
    this.defaults = new SegmentPolicy(policy, Optional.empty());
    policy
        .segments()
        .forEach(
            (segment, override) ->
                bySegment.put(segment, new SegmentPolicy(policy, Optional.of(override))));
    this.decider = new Decider(loaded);
    this.notWithTrend =
        policy.trend().notWithOrNone().stream()
            .mapToInt(
                id ->
                    CATALOG.indexOf(
                        Catalog.byId(com.keepwise.scoring.criteria.Side.RISK, id).orElseThrow()))
            .toArray();
  }

  public LoadedPolicy policy() {
    return loaded;
  }

  public Assessment assess(CustomerSignals signals) {
    Customer customer = signals.customer();
    SegmentPolicy segment = bySegment.getOrDefault(customer.segment(), defaults);
    Measurement[] measured = new Measurement[CATALOG.size()];
    for (int i = 0; i < measured.length; i++) {
      measured[i] = CATALOG.get(i).measure(signals, context);
    }
    List<WeighedCriterion> risk = weighRisk(segment, measured);
    List<WeighedCriterion> value = weighValue(segment, measured);
    double riskScore = Math.min(100, points(risk));
    double valueScore = Math.min(100, points(value));
    Score riskRounded = Score.of(riskScore);
    Score valueRounded = Score.of(valueScore);
    RiskBand riskBand = segment.bands.risk(riskRounded.value());
    ValueBand valueBand = segment.bands.value(valueRounded.value());
    Trend trend = signals.trend();
    double[] severity = new double[measured.length];
    for (WeighedCriterion w : risk) {
      severity[w.catalogIndex()] = w.severity();
    }
    for (WeighedCriterion w : value) {
      severity[w.catalogIndex()] = w.severity();
    }
    boolean improving = isImproving(trend, severity);
    RuleInputs facts =
        new RuleInputs(
            customer,
            signals.window().asOf(),
            measured,
            severity,
            riskRounded.value(),
            riskBand.name().toLowerCase(Locale.ROOT),
            valueRounded.value(),
            valueBand.code(),
            trend,
            improving,
            isLongStanding(customer, signals.window().asOf()));
    Decider.Outcome outcome =
        decider.decide(segment, risk, riskBand, valueBand, facts, signals, trend);
    Decision decision =
        new Decision(
            customer.id(),
            outcome.action(),
            riskRounded,
            valueRounded,
            outcome.rule(),
            decider.reasons(outcome, risk, value));
    return new Assessment(
        customer,
        decision,
        risk,
        value,
        riskBand,
        valueBand,
        trend,
        improving,
        riskScale(segment),
        valueScale(segment, measured),
        outcome.steps());
  }

  /**
   * Improving, so that more problems can never earn it: a quiet recent part, and no risk from
   * criteria that problem events do not measure. Both can only be lost by one more event.
   */
  private boolean isImproving(Trend trend, double[] severity) {
    TrendPolicy rule = policy.trend();
    if (rule.isOlderWay()) {
      // The older way, kept for policies written before: one more old problem can earn it.
      return trend.earlier() >= rule.minEarlierProblems().orElseThrow()
          && trend.recent() <= trend.earlierRate() * rule.improvingRatio().orElseThrow();
    }
    if (!trend.isQuiet(rule.maxRecentProblems().orElseThrow())) {
      return false;
    }
    for (int index : notWithTrend) {
      if (severity[index] > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Flagged long-standing, or a customer for the policy's long-standing years, whatever the export.
   */
  private boolean isLongStanding(Customer customer, java.time.LocalDate asOf) {
    return customer.relationship() == com.keepwise.domain.customer.Relationship.LONG_STANDING
        || policy
            .longStandingYears()
            .filter(
                years ->
                    !customer.customerSince().plusDays(Math.round(years * 365.25)).isAfter(asOf))
            .isPresent();
  }

  private double riskScale(SegmentPolicy segment) {
    double scale = policy.fullRiskShare() * segment.riskWeight;
    return scale > 0 ? 100 / scale : 0;
  }

  private static double valueScale(SegmentPolicy segment, Measurement[] measured) {
    double measuredWeight = 0;
    for (SegmentPolicy.Entry entry : segment.value) {
      if (measured[entry.catalogIndex()].measured()) {
        measuredWeight += entry.weight();
      }
    }
    return measuredWeight > 0 ? 100 / measuredWeight : 0;
  }

  private static double points(List<WeighedCriterion> weighed) {
    double sum = 0;
    for (WeighedCriterion w : weighed) {
      sum += w.points();
    }
    return sum;
  }

  private List<WeighedCriterion> weighRisk(SegmentPolicy segment, Measurement[] measured) {
    List<WeighedCriterion> weighed = new ArrayList<>(segment.risk.size());
    double scale = policy.fullRiskShare() * segment.riskWeight;
    for (SegmentPolicy.Entry entry : segment.risk) {
      Measurement m = measured[entry.catalogIndex()];
      double severity = entry.severity(m);
      double points = scale > 0 ? 100 * entry.weight() * severity / scale : 0;
      weighed.add(
          new WeighedCriterion(
              entry.criterion(), m, severity, entry.weight(), points, entry.catalogIndex()));
    }
    return weighed;
  }

  /** Value factors the data cannot tell are left out of the whole, not counted as zero. */
  private static List<WeighedCriterion> weighValue(SegmentPolicy segment, Measurement[] measured) {
    double measuredWeight = 0;
    for (SegmentPolicy.Entry entry : segment.value) {
      if (measured[entry.catalogIndex()].measured()) {
        measuredWeight += entry.weight();
      }
    }
    List<WeighedCriterion> weighed = new ArrayList<>(segment.value.size());
    for (SegmentPolicy.Entry entry : segment.value) {
      Measurement m = measured[entry.catalogIndex()];
      double strength = entry.severity(m);
      double points =
          measuredWeight > 0 && m.measured() ? 100 * entry.weight() * strength / measuredWeight : 0;
      weighed.add(
          new WeighedCriterion(
              entry.criterion(), m, strength, entry.weight(), points, entry.catalogIndex()));
    }
    return weighed;
  }
}
