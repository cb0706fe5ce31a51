package com.keepwise.scoring.rules;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

/** A compiled rule condition: a CEL expression over {@link RuleNames}, true or false per customer. */
public final class Condition {

  private final String source;
  private final CelRuntime.Program program;

  Condition(String source, CelRuntime.Program program) {
    this.source = source;
    this.program = program;
  }

  /** The condition as written in the policy. */
  public String source() {
    return source;
  }

  /**
   * Whether the condition holds for the customer whose facts are given.
   *
   * @throws IllegalStateException when evaluation fails, such as a division by zero: a rule that
   *     type-checked at load time and fails on data is reported with the customer
   */
  public boolean holds(RuleInputs facts) {
    try {
      return (Boolean) program.eval(facts);
    } catch (CelEvaluationException e) {
      throw new IllegalStateException("the condition \"" + source + "\" failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return source;
  }
}
