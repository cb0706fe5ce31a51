package com.keepwise.reports.policydiff;

import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Step;
import com.keepwise.scoring.decide.Weighed;
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
      return "hard rule " + ruleAfter.get() + " now decides" + ruleBefore.map(r -> " (before: " + r + ")").orElse("");
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
      case PROTECTION -> "protection " + step.subject();
    };
  }

  /** {@code risk 31.0 → 38.5, most from needs_high_touch +6.0}; empty when no score moved. */
  private static String scores(Assessment before, Assessment after) {
    StringBuilder out = new StringBuilder();
    if (!before.decision().risk().equals(after.decision().risk())) {
      out.append("risk ").append(before.decision().risk()).append(" → ").append(after.decision().risk());
    }
    if (!before.decision().value().equals(after.decision().value())) {
      out.append(out.length() > 0 ? ", " : "").append("value ").append(before.decision().value()).append(" → ")
          .append(after.decision().value());
    }
    if (out.length() == 0) {
      return "";
    }
    Map<String, Double> pointsBefore = new HashMap<>();
    before.risk().forEach(w -> pointsBefore.put("risk " + w.criterion().id(), w.points()));
    before.value().forEach(w -> pointsBefore.put("value " + w.criterion().id(), w.points()));
    String most = null;
    double largest = 0.05; // a change that rounds to 0.0 says nothing
    for (List<Weighed> side : List.of(after.risk(), after.value())) {
      for (Weighed w : side) {
        String key = (side == after.risk() ? "risk " : "value ") + w.criterion().id();
        double delta = w.points() - pointsBefore.getOrDefault(key, 0.0);
        if (Math.abs(delta) > largest) {
          largest = Math.abs(delta);
          most = String.format(Locale.ROOT, "%s %+.1f", w.criterion().id(), delta);
        }
      }
    }
    return most == null ? out.toString() : out + ", most from " + most;
  }
}
