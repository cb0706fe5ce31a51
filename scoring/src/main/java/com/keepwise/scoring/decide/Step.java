package com.keepwise.scoring.decide;

import com.keepwise.domain.decision.Action;

/**
 * One step of how an action was reached, in order: a hard rule, the matrix cell, then each
 * adjustment that changed (or confirmed) the action.
 *
 * @param kind what kind of step
 * @param subject the rule, protection or criterion id, or the matrix cell ("high_risk × low_value")
 * @param action the action after the step
 */
public record Step(Kind kind, String subject, Action action) {

  /** The kinds of step, in the order they are tried. */
  public enum Kind {
    HARD_RULE,
    MATRIX,
    PROBLEM_CAP,
    SEVERAL_PROBLEMS,
    PART_WAYS,
    PROTECTION
  }
}
