package com.keepwise.reports.policydiff;

import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Step;
import com.keepwise.scoring.decide.WeighedCriterion;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Says what moved a decision between two policies: first what decides now (a hard rule, the matrix
 * cell, an adjustment) against what decided before, then how the scores moved and which criterion
 * moved them most.
 */
final class Movement {

  private Movement() {}

  static String why(Assessment before, Assessment after) {
    String deciding = deciding(before, after);
    String scores = scores(before, after);
    return scores.isEmpty() ? deciding : deciding + "; " + scores;
  }

  private static String deciding(Assessment before, Assessment after) {
    Optional<String> ruleBefore = before.decision().rule();
    Optional<String> ruleAfter = after.decision().rule();
    if (ruleAfter.isPresent()) {
      if (ruleAfter.equals(ruleBefore)) {
        return "hard rule " + ruleAfter.get() + " now decides " + after.decision().action();
      }
      return "hard rule "
          + ruleAfter.get()
          + " now decides"
          + ruleBefore.map(r -> " (before: " + r + ")").orElse("");
    }
    Step now = last(after);
    String says = say(now);
    if (ruleBefore.isPresent()) {
      return "hard rule " + ruleBefore.get() + " no longer decides; " + says;
    }
    Step then = last(before);
    if (then.kind() == now.kind() && then.subject().equals(now.subject())) {
      return says + " (as before, now " + now.action() + ")";
    }
    if (then.kind() != Step.Kind.MATRIX && now.kind() == Step.Kind.MATRIX) {
      return say(then) + " no longer applies; " + says;
    }
    if (now.kind() == Step.Kind.MATRIX) {
      return says + " (before: " + then.subject() + ")";
    }
    return says;
  }

  /** The step that set the final action: steps are recorded only when they apply. */
  private static Step last(Assessment a) {
    List<Step> steps = a.steps();
    return steps.get(steps.size() - 1);
  }

  private static String say(Step step) {
    return switch (step.kind()) {
      case HARD_RULE -> "hard rule " + step.subject();
      case MATRIX -> "matrix " + step.subject();
      case SEVERAL_PROBLEMS -> "several problems (" + step.subject() + ")";
      case PROBLEM_CAP -> "cap " + step.subject();
      case PART_WAYS -> "pattern " + step.subject();
      case PROTECTION -> "protection " + step.subject();
    };
  }

  /** {@code risk 31.0 → 38.5, most from needs_high_touch +6.0}; empty when no score moved. */
  private static String scores(Assessment before, Assessment after) {
    StringBuilder out = new StringBuilder();
    if (!before.decision().risk().equals(after.decision().risk())) {
      out.append("risk ")
          .append(before.decision().risk())
          .append(" → ")
          .append(after.decision().risk());
    }
    if (!before.decision().value().equals(after.decision().value())) {
      out.append(out.length() > 0 ? ", " : "")
          .append("value ")
          .append(before.decision().value())
          .append(" → ")
          .append(after.decision().value());
    }
    if (out.length() == 0) {
      return "";
    }
    String most = mostChanged(before.risk(), after.risk());
    if (most == null) {
      most = mostChanged(before.value(), after.value());
    }
    if (most != null) {
      return out + ", most from " + most;
    }
    // No criterion's own weight or severity moved the scores: the weights around them did.
    String rescaled =
        totals("risk", before.risk(), after.risk())
            + totals("value", before.value(), after.value());
    return rescaled.isEmpty() ? out.toString() : out + rescaled;
  }

  /**
   * The criterion whose points changed most among those whose own weight or severity changed
   * ({@code needs_high_touch +6.0}); null when none did. Points of the others change only because
   * all the weights together changed.
   */
  private static String mostChanged(List<WeighedCriterion> before, List<WeighedCriterion> after) {
    Map<String, WeighedCriterion> then = new HashMap<>();
    before.forEach(w -> then.put(w.criterion().id(), w));
    String most = null;
    double largest = 0.05; // a change that rounds to 0.0 says nothing
    for (WeighedCriterion now : after) {
      WeighedCriterion was = then.get(now.criterion().id());
      boolean own = was == null || was.weight() != now.weight() || was.severity() != now.severity();
      double delta = now.points() - (was == null ? 0 : was.points());
      if (own && Math.abs(delta) > largest) {
        largest = Math.abs(delta);
        most = String.format(Locale.ROOT, "%s %+.1f", now.criterion().id(), delta);
      }
    }
    return most;
  }

  /** {@code ; risk weights total 91 (before: 83)}, or empty when the total is the same. */
  private static String totals(
      String side, List<WeighedCriterion> before, List<WeighedCriterion> after) {
    double then = before.stream().mapToDouble(WeighedCriterion::weight).sum();
    double now = after.stream().mapToDouble(WeighedCriterion::weight).sum();
    if (then == now) {
      return "";
    }
    return "; "
        + side
        + " weights total "
        + com.keepwise.scoring.explain.Decimals.plain(now, 2)
        + " (before: "
        + com.keepwise.scoring.explain.Decimals.plain(then, 2)
        + ")";
  }
}
