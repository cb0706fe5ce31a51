package com.keepwise.scoring.decide;

import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Side;
import com.keepwise.scoring.policy.Bands;
import com.keepwise.scoring.policy.CriterionOverride;
import com.keepwise.scoring.policy.CriterionWeight;
import com.keepwise.scoring.policy.Matrix;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.policy.SegmentOverride;
import com.keepwise.scoring.policy.Threshold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The policy as it applies to one segment: its overrides merged in, ready for scoring. */
final class SegmentPolicy {

  /** A criterion with its weight and thresholds in this segment, the thresholds by fact index. */
  record Entry(Criterion criterion, double weight, Threshold.Curve[] thresholds, int catalogIndex) {

    /** The criterion's severity: the highest of its facts' (0 when not measured). */
    double severity(com.keepwise.scoring.criteria.Measurement m) {
      if (!m.measured()) {
        return 0;
      }
      double severity = 0;
      for (int i = 0; i < thresholds.length; i++) {
        if (thresholds[i] != null) {
          severity = Math.max(severity, thresholds[i].severity(m.value(i)));
        }
      }
      return severity;
    }
  }

  final List<Entry> risk;
  final List<Entry> value;
  final double riskWeight;
  final Bands bands;
  final Matrix matrix;

  SegmentPolicy(Policy policy, Optional<SegmentOverride> override) {
    this.risk = entries(Side.RISK, policy.criteria(), override.flatMap(SegmentOverride::criteria));
    this.value = entries(Side.VALUE, policy.value(), override.flatMap(SegmentOverride::value));
    this.riskWeight = risk.stream().mapToDouble(Entry::weight).sum();
    this.bands = override.flatMap(SegmentOverride::bands).orElse(policy.bands());
    this.matrix = override.flatMap(SegmentOverride::matrix).orElse(policy.matrix());
  }

  private static List<Entry> entries(
      Side side,
      Map<String, CriterionWeight> weights,
      Optional<Map<String, CriterionOverride>> overrides) {
    List<Entry> entries = new ArrayList<>();
    weights.forEach(
        (id, configured) -> {
          Criterion criterion = Catalog.byId(side, id).orElseThrow();
          Optional<CriterionOverride> override = overrides.map(o -> o.get(id));
          double weight = override.flatMap(CriterionOverride::weight).orElse(configured.weight());
          Map<String, Threshold> thresholds = new LinkedHashMap<>(configured.thresholds());
          override.flatMap(CriterionOverride::thresholds).ifPresent(thresholds::putAll);
          Threshold.Curve[] byFact = new Threshold.Curve[criterion.facts().size()];
          thresholds.forEach(
              (fact, threshold) -> byFact[criterion.factIndex(fact)] = threshold.compiled());
          entries.add(new Entry(criterion, weight, byFact, Catalog.all().indexOf(criterion)));
        });
    return List.copyOf(entries);
  }
}
