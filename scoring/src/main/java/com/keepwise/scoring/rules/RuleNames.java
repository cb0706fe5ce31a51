package com.keepwise.scoring.rules;

import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Fact;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a rule condition may use, with their types: every criterion's facts and severity
 * ({@code pays_late.days_overdue}, {@code bullies_staff.severity}), the customer's attributes
 * ({@code customer.relationship}), the scores and bands ({@code risk.score}, {@code value.band}) and
 * the trend ({@code trend.improving}).
 */
public final class RuleNames {

  private static final RuleNames INSTANCE = new RuleNames();

  private final Map<String, CelType> types = new LinkedHashMap<>();
  private final Map<String, String> descriptions = new LinkedHashMap<>();
  private final Map<String, Integer> slots = new HashMap<>();

  private RuleNames() {
    declare("customer.segment", SimpleType.STRING, "the customer's segment");
    declare("customer.industry", SimpleType.STRING, "the customer's industry; empty when not given");
    declare("customer.region", SimpleType.STRING, "the customer's region; empty when not given");
    declare("customer.tier", SimpleType.STRING, "the customer's tier; empty when not given");
    declare("customer.relationship", SimpleType.STRING, "standard, long_standing or personal");
    declare("customer.high_profile", SimpleType.BOOL, "a reference, brand or otherwise visible customer");
    declare("customer.growth_potential", SimpleType.STRING, "none, low, medium, high or unknown");
    declare("customer.annual_revenue", SimpleType.DOUBLE, "revenue over the last twelve months");
    declare("customer.tenure_years", SimpleType.DOUBLE, "years since customer_since");
    declare("risk.score", SimpleType.DOUBLE, "the risk score, 0 to 100");
    declare("risk.band", SimpleType.STRING, "low, medium, high or critical");
    declare("value.score", SimpleType.DOUBLE, "the value score, 0 to 100");
    declare("value.band", SimpleType.STRING, "low, medium or high");
    declare("trend.improving", SimpleType.BOOL, "far fewer problem events recently than before");
    declare("trend.worsening", SimpleType.BOOL, "more problem events recently than before");
    declare("trend.earlier", SimpleType.INT, "problem events in the earlier part of the window");
    declare("trend.recent", SimpleType.INT, "problem events in the recent part of the window");
    for (Criterion criterion : Catalog.all()) {
      for (Fact fact : criterion.facts()) {
        declare(criterion.id() + "." + fact.name(), SimpleType.DOUBLE, fact.description() + " (0 when not measured)");
      }
      declare(criterion.id() + ".severity", SimpleType.DOUBLE, "the criterion's severity, 0 to 1, by the policy's thresholds");
      declare(criterion.id() + ".measured", SimpleType.BOOL, "whether the data could tell");
    }
  }

  private void declare(String name, CelType type, String description) {
    slots.put(name, types.size());
    types.put(name, type);
    descriptions.put(name, description);
  }

  public static RuleNames get() {
    return INSTANCE;
  }

  /** Every name with its CEL type, in a stable order. */
  public Map<String, CelType> types() {
    return Collections.unmodifiableMap(types);
  }

  /** Every name with what it means, for the policy page and the schema. */
  public Map<String, String> descriptions() {
    return Collections.unmodifiableMap(descriptions);
  }

  /** The slot of a name in a {@link RuleFacts}, or -1. */
  int slot(String name) {
    Integer slot = slots.get(name);
    return slot == null ? -1 : slot;
  }

  int size() {
    return types.size();
  }

  /** All names, for suggestions. */
  public List<String> names() {
    return new ArrayList<>(types.keySet());
  }
}
