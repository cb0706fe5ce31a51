package com.keepwise.scoring.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

/**
 * A compiled rule condition: a CEL expression over {@link RuleNames}, true or false per customer.
 */
public final class Condition {

  private final String source;
  private final Program program;
  private final String where;

  Condition(String source, CelAbstractSyntaxTree checked) {
    this(source, new Program(checked, null), "the condition \"" + source + "\"");
  }

  /** A condition run by a program made elsewhere: the benchmarks' own CEL runtimes. */
  Condition(String source, CelRuntime.Program program) {
    this(source, new Program(null, program), "the condition \"" + source + "\"");
  }

  private Condition(String source, Program program, String where) {
    this.source = source;
    this.program = program;
    this.where = where;
  }

  /**
   * The checked condition's program, made when it is first evaluated: checking a policy file
   * compiles its conditions and never runs them.
   */
  private static final class Program {
    private final CelAbstractSyntaxTree checked;
    private volatile CelRuntime.Program made;

    Program(CelAbstractSyntaxTree checked, CelRuntime.Program made) {
      this.checked = checked;
      this.made = made;
    }

    Object eval(RuleInputs facts) throws CelEvaluationException {
      CelRuntime.Program program = made;
      if (program == null) {
        // Two threads may both make it; either program is the same.
        program = RuleCompiler.program(checked);
        made = program;
      }
      return program.eval(facts);
    }
  }

  /**
   * The same condition, saying where it was written when it fails: {@code where} is the policy
   * file's {@code file:line:column: hard_rules[3].when} of the condition.
   */
  public Condition writtenAt(String where) {
    return new Condition(source, program, where);
  }

  /** The condition as written in the policy. */
  public String source() {
    return source;
  }

  /**
   * Whether the condition holds for the customer whose facts are given.
   *
   * @throws RuleFailure when evaluation fails — a division by zero, an invalid regular expression
   *     built from data, the run-time budget of {@link RuleBudget} spent — naming the condition's
   *     place in the policy and the customer
   */
  public boolean holds(RuleInputs facts) {
    try {
      return (Boolean) program.eval(facts);
    } catch (CelEvaluationException | RuntimeException e) {
      throw new RuleFailure(
          where
              + ": failed for customer "
              + facts.customer().id().value()
              + ": "
              + reason(e)
              + " (expected a condition that can be evaluated for every customer)");
    }
  }

  private static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // CEL prefixes its own location inside the expression; the policy's location says more.
    return message
        .replaceFirst("^evaluation error(?: at \\S+)?: ", "")
        .lines()
        .findFirst()
        .orElse(message);
  }

  @Override
  public String toString() {
    return source;
  }
}
