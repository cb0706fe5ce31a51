package com.keepwise.reports.site;

import com.keepwise.domain.decision.Action;
import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Side;
import com.keepwise.scoring.policy.CriterionWeight;
import com.keepwise.scoring.policy.HardRule;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PartingRule;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.policy.ProblemCap;
import com.keepwise.scoring.policy.Protection;
import com.keepwise.scoring.policy.RiskBand;
import com.keepwise.scoring.policy.Threshold;
import com.keepwise.scoring.policy.ValueBand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The policy in words: criteria, weights, thresholds, rules, the matrix, and the YAML itself. */
public final class PolicyPage {

  public record View(
      Layout layout,
      String name,
      String source,
      List<OverviewPage.Figure> settings,
      List<CriterionDoc> criteria,
      List<CriterionDoc> value,
      List<MatrixRow> matrix,
      List<String> valueBands,
      List<RuleDoc> hardRules,
      String severalProblems,
      List<RuleDoc> caps,
      List<RuleDoc> partWays,
      List<RuleDoc> protections,
      List<String> segments,
      String yaml,
      boolean analyst) {}

  /**
   * A criterion's weight, its share of all weight, its thresholds in words, why it matters, and
   * whether its facts may be said to the customer ({@code citeable}, with {@code cited} in words).
   */
  public record CriterionDoc(
      String name,
      String id,
      String weight,
      String share,
      List<String> thresholds,
      String description,
      String sources,
      boolean citeable,
      String cited) {}

  public record MatrixRow(String risk, List<ActionView> actions) {}

  /** A rule, cap or protection: its id, why, its condition and what it does. */
  public record RuleDoc(String id, String description, String when, String effect) {}

  private PolicyPage() {}

  static View build(Layout layout, LoadedPolicy loaded, SiteText text, boolean analyst) {
    Policy p = loaded.policy();
    List<OverviewPage.Figure> settings = new ArrayList<>();
    settings.add(
        new OverviewPage.Figure(
            text.t("policy.window"),
            text.t("policy.window_value", p.review().windowMonths(), p.review().recentMonths()),
            ""));
    settings.add(
        new OverviewPage.Figure(
            text.t("policy.business_hours"),
            text.t(
                "policy.hours_value",
                text.list(
                    p.businessHours().days().stream()
                        .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, text.locale()))
                        .toList()),
                text.time(p.businessHours().open()),
                text.time(p.businessHours().close())),
            ""));
    settings.add(
        new OverviewPage.Figure(
            text.t("policy.cost_model"),
            text.t(
                "policy.cost_model_value",
                text.money(p.costModel().ticket()),
                text.money(p.costModel().staffMinute()),
                text.money(p.costModel().meeting()),
                text.percent(p.costModel().grossMargin())),
            ""));
    settings.add(
        new OverviewPage.Figure(text.t("policy.full_risk"), text.percent(p.fullRiskShare()), ""));
    settings.add(
        new OverviewPage.Figure(
            text.t("policy.problem_severity"), text.number(p.problemSeverity(), 2), ""));
    p.longStandingYears()
        .ifPresent(
            years ->
                settings.add(
                    new OverviewPage.Figure(
                        text.t("policy.long_standing"),
                        text.t("policy.long_standing_value", years),
                        "")));
    p.newCustomers()
        .ifPresent(
            onboarding ->
                settings.add(
                    new OverviewPage.Figure(
                        text.t("policy.new_customers"),
                        text.t(
                            "policy.new_customers_value",
                            onboarding.months(),
                            text.number(onboarding.contactAllowance(), 1)),
                        "")));
    p.trend()
        .maxRecentProblems()
        .ifPresent(
            max ->
                settings.add(
                    new OverviewPage.Figure(
                        text.t("policy.trend"),
                        text.t("policy.trend_value", max, text.dataList(p.trend().notWithOrNone())),
                        "")));
    settings.add(
        new OverviewPage.Figure(
            text.t("policy.bands"),
            text.t(
                "policy.bands_value",
                text.number(p.bands().riskMedium(), 1),
                text.number(p.bands().riskHigh(), 1),
                text.number(p.bands().riskCritical(), 1),
                text.number(p.bands().valueMedium(), 1),
                text.number(p.bands().valueHigh(), 1)),
            ""));
    List<MatrixRow> matrix = new ArrayList<>();
    for (int i = RiskBand.values().length - 1; i >= 0; i--) {
      RiskBand risk = RiskBand.values()[i];
      List<ActionView> actions = new ArrayList<>();
      for (ValueBand value : ValueBand.values()) {
        actions.add(ActionView.of(p.matrix().action(risk, value), text));
      }
      matrix.add(
          new MatrixRow(text.t("band.risk." + risk.name().toLowerCase(Locale.ROOT)), actions));
    }
    List<String> valueBands = new ArrayList<>();
    for (ValueBand value : ValueBand.values()) {
      valueBands.add(text.t("band.value." + value.code()));
    }
    List<RuleDoc> rules = new ArrayList<>();
    for (HardRule rule : p.hardRules()) {
      rules.add(
          new RuleDoc(
              rule.id(),
              PolicyWords.description(loaded, text, "rule", rule.id(), rule.description(), analyst),
              rule.when(),
              action(rule.action(), text)));
    }
    List<RuleDoc> caps = new ArrayList<>();
    for (ProblemCap cap : p.problemCaps()) {
      caps.add(
          new RuleDoc(
              cap.id(),
              PolicyWords.description(loaded, text, "cap", cap.id(), cap.description(), analyst),
              String.join(", ", cap.criteria()),
              text.t("policy.at_most", action(cap.atMost(), text))));
    }
    List<RuleDoc> partWays = new ArrayList<>();
    for (PartingRule parting : p.partWaysOrNone()) {
      String atLeast = action(parting.atLeast(), text);
      partWays.add(
          new RuleDoc(
              parting.id(),
              PolicyWords.description(
                  loaded, text, "pattern", parting.id(), parting.description(), analyst),
              parting.when(),
              parting.heldBy().isEmpty()
                  ? text.t("policy.at_least_unheld", atLeast)
                  : text.t("policy.at_least_held", atLeast, text.dataList(parting.heldBy()))));
    }
    List<RuleDoc> protections = new ArrayList<>();
    for (Protection protection : p.protections()) {
      protections.add(
          new RuleDoc(
              protection.id(),
              PolicyWords.description(
                  loaded, text, "protection", protection.id(), protection.description(), analyst),
              protection.when(),
              text.t("policy.at_most", action(protection.atMost(), text))));
    }
    String several =
        text.t(
            "policy.several_problems",
            p.severalProblems().minProblems(),
            text.list(
                p.severalProblems().valueBands().stream()
                    .map(b -> text.t("band.value." + b.code()))
                    .toList()),
            action(p.severalProblems().atLeast(), text),
            text.list(
                p.severalProblems().notCounted().stream()
                    .map(
                        id ->
                            Catalog.byId(Side.RISK, id)
                                .map(c -> text.word(c.reason().messageKey()))
                                .orElse(text.data(id)))
                    .toList()));
    List<String> segments = new ArrayList<>();
    p.segments()
        .forEach(
            (segment, override) ->
                segments.add(
                    text.t(
                        "policy.segment_override",
                        text.data(text.segment(segment)),
                        text.list(
                            override.criteria().map(Map::keySet).orElse(java.util.Set.of()).stream()
                                .map(
                                    id ->
                                        Catalog.byId(Side.RISK, id)
                                            .map(c -> text.word(c.reason().messageKey()))
                                            .orElse(text.data(id)))
                                .toList()))));
    return new View(
        layout,
        PolicyWords.name(loaded, text),
        loaded.source(),
        settings,
        docs(Side.RISK, p.criteria(), text),
        docs(Side.VALUE, p.value(), text),
        matrix,
        valueBands,
        rules,
        several,
        caps,
        partWays,
        protections,
        segments,
        loaded.text(),
        analyst);
  }

  private static String action(Action action, SiteText text) {
    return text.word("action." + action.name().toLowerCase(Locale.ROOT));
  }

  private static List<CriterionDoc> docs(
      Side side, Map<String, CriterionWeight> weights, SiteText text) {
    double total = weights.values().stream().mapToDouble(CriterionWeight::weight).sum();
    List<CriterionDoc> docs = new ArrayList<>();
    weights.forEach(
        (id, weight) -> {
          Criterion criterion = Catalog.byId(side, id).orElseThrow();
          List<String> thresholds = new ArrayList<>();
          weight
              .thresholds()
              .forEach((fact, threshold) -> thresholds.add(describe(fact, threshold, text)));
          docs.add(
              new CriterionDoc(
                  text.word(criterion.reason().messageKey()),
                  id,
                  text.number(weight.weight(), 2),
                  total > 0 ? text.percent(weight.weight() / total) : "",
                  thresholds,
                  text.word("why." + id),
                  criterion.sources(),
                  criterion.citeable(),
                  text.t(criterion.citeable() ? "policy.citeable" : "policy.internal")));
        });
    return docs;
  }

  private static String describe(String fact, Threshold threshold, SiteText text) {
    if (threshold.points().isPresent()) {
      List<String> points = new ArrayList<>();
      for (List<Double> point : threshold.points().get()) {
        points.add(
            text.t("policy.point", text.number(point.get(0), 4), text.number(point.get(1), 2)));
      }
      return text.t("policy.curve", text.data(fact), text.list(points));
    }
    return text.t(
        "policy.ramp",
        text.data(fact),
        text.number(threshold.from().orElseThrow(), 4),
        text.number(threshold.to().orElseThrow(), 4));
  }
}
