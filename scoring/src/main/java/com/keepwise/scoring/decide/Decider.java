package com.keepwise.scoring.decide;

import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.policy.HardRule;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PartingRule;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.policy.ProblemCap;
import com.keepwise.scoring.policy.Protection;
import com.keepwise.scoring.policy.RiskBand;
import com.keepwise.scoring.policy.SeveralProblems;
import com.keepwise.scoring.policy.ValueBand;
import com.keepwise.scoring.rules.RuleInputs;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.Trend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The decision semantics: hard rules first; then the matrix; then the problem caps, the
 * several-problems rule (which wins over the caps), the patterns to part ways over, and the
 * protections those patterns still allow, in that order. Each step that applies is recorded.
 */
final class Decider {

  /** The action, the hard rule that decided it (if any), the steps, and the protections applied. */
  record Outcome(
      Action action, Optional<String> rule, List<Step> steps, List<Reason> protections) {}

  // Points compared to a millionth: equal contributions stay equal (catalog order) whatever
  // binary-fraction noise the weights leave, so scaling all weights changes no order.
  private static final Comparator<WeighedCriterion> STRONGEST_FIRST =
      Comparator.comparingLong((WeighedCriterion w) -> Math.round(w.points() * 1e6))
          .reversed()
          .thenComparingInt(WeighedCriterion::catalogIndex);

  private final LoadedPolicy loaded;
  private final Policy policy;

  Decider(LoadedPolicy loaded) {
    this.loaded = loaded;
    this.policy = loaded.policy();
  }

  Outcome decide(
      SegmentPolicy segment,
      List<WeighedCriterion> risk,
      RiskBand riskBand,
      ValueBand valueBand,
      RuleInputs facts,
      CustomerSignals signals,
      Trend trend) {
    List<Step> steps = new ArrayList<>();
    for (HardRule rule : policy.hardRules()) {
      if (loaded.condition(rule.id()).holds(facts)) {
        steps.add(new Step(Step.Kind.HARD_RULE, rule.id(), rule.action()));
        return new Outcome(rule.action(), Optional.of(rule.id()), steps, List.of());
      }
    }
    Action action = segment.matrix.action(riskBand, valueBand);
    steps.add(new Step(Step.Kind.MATRIX, cell(riskBand, valueBand), action));

    List<String> problems = new ArrayList<>();
    for (WeighedCriterion w : risk) {
      if (w.weight() > 0 && w.severity() >= policy.problemSeverity()) {
        problems.add(w.criterion().id());
      }
    }
    // Caps first: "keep them on your terms" is for problems new terms can fix. A customer with no
    // problem at all is within every cap, so that one more problem can never lift a cap.
    for (ProblemCap cap : policy.problemCaps()) {
      if (cap.criteria().containsAll(problems) && action.rank() > cap.atMost().rank()) {
        action = action.atMost(cap.atMost());
        steps.add(new Step(Step.Kind.PROBLEM_CAP, cap.id(), action));
      }
    }
    // Then several problems at once with little value: refer elsewhere first, always (002); this
    // wins over the caps.
    SeveralProblems several = policy.severalProblems();
    int counted = 0;
    for (String problem : problems) {
      if (!several.notCounted().contains(problem)) {
        counted++;
      }
    }
    if (counted >= several.minProblems() && several.valueBands().contains(valueBand)) {
      action = action.atLeast(several.atLeast());
      steps.add(new Step(Step.Kind.SEVERAL_PROBLEMS, String.join(", ", problems), action));
    }
    // Patterns to part ways over; each says which protections may still hold the action back.
    Set<String> holding = null;
    for (PartingRule parting : policy.partWaysOrNone()) {
      if (loaded.condition(parting.id()).holds(facts)) {
        action = action.atLeast(parting.atLeast());
        steps.add(new Step(Step.Kind.PART_WAYS, parting.id(), action));
        if (holding == null) {
          holding = new HashSet<>(parting.heldBy());
        } else {
          holding.retainAll(parting.heldBy());
        }
      }
    }
    List<Reason> protections = new ArrayList<>();
    for (Protection protection : policy.protections()) {
      if (action.rank() > protection.atMost().rank()
          && (holding == null || holding.contains(protection.id()))
          && loaded.condition(protection.id()).holds(facts)) {
        action = action.atMost(protection.atMost());
        steps.add(new Step(Step.Kind.PROTECTION, protection.id(), action));
        protections.add(
            new Reason(
                protection.reason(),
                0,
                protectionPhrase(protection.reason(), signals, trend),
                List.of()));
      }
    }
    return new Outcome(action, Optional.empty(), steps, protections);
  }

  private static String cell(RiskBand risk, ValueBand value) {
    return risk.name().toLowerCase(Locale.ROOT) + "_risk × " + value.code() + "_value";
  }

  private static Phrase protectionPhrase(ReasonCode reason, CustomerSignals signals, Trend trend) {
    String key = "protection." + reason.name().toLowerCase(Locale.ROOT);
    return switch (reason) {
      case LONG_STANDING_RELATIONSHIP -> Phrase.of(key, signals.customer().customerSince());
      case IMPROVING_TREND -> Phrase.of(key, (long) trend.earlier(), (long) trend.recent());
      default -> Phrase.of(key);
    };
  }

  /**
   * The reasons behind the action, strongest first: for NURTURE and KEEP what the customer is
   * worth, then any problems; otherwise the problems, then the protections that held the action
   * back, then (short of parting ways) what the customer is worth.
   */
  List<Reason> reasons(Outcome outcome, List<WeighedCriterion> risk, List<WeighedCriterion> value) {
    List<Reason> problems = reasonsOf(risk);
    List<Reason> worth = reasonsOf(value);
    List<Reason> reasons = new ArrayList<>();
    switch (outcome.action()) {
      case NURTURE, KEEP -> {
        reasons.addAll(worth);
        reasons.addAll(problems);
        reasons.addAll(outcome.protections());
      }
      case WATCH, RESET_TERMS -> {
        reasons.addAll(problems);
        reasons.addAll(outcome.protections());
        reasons.addAll(worth);
      }
      case REFER_ELSEWHERE, EXIT_NOW -> {
        reasons.addAll(problems);
        reasons.addAll(outcome.protections());
      }
    }
    return reasons;
  }

  /**
   * Reasons that say something: points that round to zero at one decimal, as shown, are left out.
   */
  private static List<Reason> reasonsOf(List<WeighedCriterion> weighed) {
    List<WeighedCriterion> counting = new ArrayList<>();
    for (WeighedCriterion w : weighed) {
      if (w.points() >= 0.05) {
        counting.add(w);
      }
    }
    counting.sort(STRONGEST_FIRST);
    List<Reason> reasons = new ArrayList<>(counting.size());
    for (WeighedCriterion w : counting) {
      reasons.add(
          new Reason(
              w.criterion().reason(),
              w.points(),
              w.measurement().says(),
              w.measurement().evidence()));
    }
    return reasons;
  }
}
