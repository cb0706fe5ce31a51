package com.keepwise.scoring.rules;

import com.keepwise.domain.customer.Customer;
import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Fact;
import com.keepwise.scoring.criteria.Measurement;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The names a rule condition may use, with their types and how each is read from a customer: every
 * criterion's facts and severity ({@code pays_late.days_overdue}, {@code bullies_staff.severity}),
 * the customer's attributes ({@code customer.relationship}), the scores and bands ({@code
 * risk.score}, {@code value.band}) and the trend ({@code trend.improving}).
 */
public final class RuleNames {

  /** A name: its CEL type, what it means, and how it is read. */
  public record Name(CelType type, String description, Function<RuleInputs, Object> reader) {
    Object valueFor(RuleInputs inputs) {
      return reader.apply(inputs);
    }
  }

  private static final RuleNames INSTANCE = new RuleNames();

  private final Map<String, Name> names = new LinkedHashMap<>();
  private final Map<String, Name> lookup = new HashMap<>();

  private RuleNames() {
    customer("segment", "the customer's segment", Customer::segment);
    customer(
        "industry", "the customer's industry; empty when not given", c -> c.industry().orElse(""));
    customer("region", "the customer's region; empty when not given", c -> c.region().orElse(""));
    customer("tier", "the customer's tier; empty when not given", c -> c.tier().orElse(""));
    customer(
        "relationship",
        "standard, long_standing or personal (most exports have no such column: standard)",
        c -> c.relationship().code());
    declare(
        "customer.long_standing",
        SimpleType.BOOL,
        "flagged long_standing, or a customer for at least the policy's long_standing_years",
        RuleInputs::longStanding);
    declare(
        "customer.high_profile",
        SimpleType.BOOL,
        "a reference, brand or otherwise visible customer",
        in -> in.customer().highProfile());
    customer(
        "growth_potential",
        "none, low, medium, high or unknown",
        c -> c.growthPotential().map(g -> g.code()).orElse("unknown"));
    declare(
        "customer.annual_revenue",
        SimpleType.DOUBLE,
        "revenue over the last twelve months",
        in -> in.customer().annualRevenue().toDouble());
    declare(
        "customer.tenure_years",
        SimpleType.DOUBLE,
        "years since customer_since",
        in ->
            Math.max(
                0, ChronoUnit.DAYS.between(in.customer().customerSince(), in.asOf()) / 365.25));
    declare("risk.score", SimpleType.DOUBLE, "the risk score, 0 to 100", RuleInputs::riskScore);
    declare("risk.band", SimpleType.STRING, "low, medium, high or critical", RuleInputs::riskBand);
    declare("value.score", SimpleType.DOUBLE, "the value score, 0 to 100", RuleInputs::valueScore);
    declare("value.band", SimpleType.STRING, "low, medium or high", RuleInputs::valueBand);
    declare(
        "trend.improving",
        SimpleType.BOOL,
        "at most trend.max_recent_problems problem events recently, and no risk from the criteria in trend.not_with",
        RuleInputs::improving);
    declare(
        "trend.worsening",
        SimpleType.BOOL,
        "more problem events recently than before",
        in -> in.trend().isWorsening());
    declare(
        "trend.earlier",
        SimpleType.INT,
        "problem events in the earlier part of the window",
        in -> (long) in.trend().earlier());
    declare(
        "trend.recent",
        SimpleType.INT,
        "problem events in the recent part of the window",
        in -> (long) in.trend().recent());
    List<Criterion> catalog = Catalog.all();
    for (int c = 0; c < catalog.size(); c++) {
      Criterion criterion = catalog.get(c);
      int index = c;
      List<Fact> facts = criterion.facts();
      for (int f = 0; f < facts.size(); f++) {
        int fact = f;
        declare(
            criterion.id() + "." + facts.get(f).name(),
            SimpleType.DOUBLE,
            facts.get(f).description() + " (0 when not measured)",
            in -> {
              Measurement m = in.measured()[index];
              return m.measured() ? m.value(fact) : 0.0;
            });
      }
      declare(
          criterion.id() + ".severity",
          SimpleType.DOUBLE,
          "the criterion's severity, 0 to 1, by the policy's thresholds",
          in -> in.severity()[index]);
      declare(
          criterion.id() + ".measured",
          SimpleType.BOOL,
          "whether the data could tell",
          in -> in.measured()[index].measured());
    }
  }

  private void customer(String attribute, String description, Function<Customer, String> reader) {
    declare(
        "customer." + attribute, SimpleType.STRING, description, in -> reader.apply(in.customer()));
  }

  private void declare(
      String name, CelType type, String description, Function<RuleInputs, Object> reader) {
    Name declared = new Name(type, description, reader);
    names.put(name, declared);
    lookup.put(name, declared);
  }

  public static RuleNames get() {
    return INSTANCE;
  }

  /** Every name with its CEL type, in a stable order. */
  public Map<String, CelType> types() {
    Map<String, CelType> types = new LinkedHashMap<>();
    names.forEach((name, declared) -> types.put(name, declared.type()));
    return Collections.unmodifiableMap(types);
  }

  /** Every name with what it means, for the policy page and the schema. */
  public Map<String, String> descriptions() {
    Map<String, String> descriptions = new LinkedHashMap<>();
    names.forEach((name, declared) -> descriptions.put(name, declared.description()));
    return Collections.unmodifiableMap(descriptions);
  }

  Name name(String name) {
    return lookup.get(name);
  }

  /** All names, for suggestions. */
  public List<String> names() {
    return new ArrayList<>(names.keySet());
  }
}
