package com.keepwise.scoring.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rule condition may cost. Policies come from pull requests anyone may open, and CEL's own
 * guarantee — every expression terminates — says nothing about when: {@code .all} inside {@code
 * .exists} inside {@code .map} over literal lists multiplies, and a regular expression such as
 * {@code (a{100}){100}} compiles to a program of millions of instructions. So a condition is
 * bounded twice, with CEL's own limits where it has them:
 *
 * <ul>
 *   <li>when the policy loads: its length and number of nodes, the depth of its nesting, how deeply
 *       comprehensions nest, and the program size of every regular expression written as a literal;
 *   <li>when it runs: the comprehension iterations of one evaluation (all comprehensions together,
 *       CEL's {@code comprehensionMaxIterations}) and the size of a regular expression built at run
 *       time from data, estimated from its text before it is compiled and then measured (CEL's own
 *       {@code maxRegexProgramSize} is asked only after RE2J has compiled the pattern, which for
 *       {@code ((x{1000}){1000}){1000}} takes minutes and gigabytes, so {@link #matches} replaces
 *       CEL's {@code matches}).
 * </ul>
 *
 * Together they bound one evaluation's work: at most {@link #MAX_NODES} nodes are evaluated per
 * iteration, at most {@link #MAX_ITERATIONS} times, each regular expression matched in linear time
 * (CEL matches with RE2J) by a program of at most {@link #MAX_REGEX_PROGRAM} instructions. The
 * default policy's conditions are a few comparisons and use no comprehension, so the budget costs
 * them nothing measurable.
 */
public final class RuleBudget {

  /** Code points in one condition: the longest in the default policy has 64. */
  public static final int MAX_LENGTH = 2_000;

  /** Nodes of one condition's syntax tree, macros expanded. */
  public static final int MAX_NODES = 500;

  /** How deeply one condition's parts nest (parentheses, calls, operators). */
  public static final int MAX_DEPTH = 32;

  /**
   * Comprehensions ({@code all}, {@code exists}, {@code exists_one}, {@code map}, {@code filter})
   * inside one another.
   */
  public static final int MAX_COMPREHENSION_NESTING = 2;

  /** Comprehension iterations in one evaluation of one condition, all comprehensions together. */
  public static final int MAX_ITERATIONS = 10_000;

  /** Instructions of a regular expression's compiled program (RE2J's {@code programSize}). */
  public static final int MAX_REGEX_PROGRAM = 2_000;

  private RuleBudget() {}

  /** CEL's options with the budget's limits set on {@code options}. */
  static CelOptions.Builder limit(CelOptions.Builder options) {
    return options
        .maxExpressionCodePointSize(MAX_LENGTH)
        .maxParseExpressionNodeCount(MAX_NODES)
        .maxParseRecursionDepth(MAX_DEPTH)
        .comprehensionMaxIterations(MAX_ITERATIONS)
        .maxRegexProgramSize(MAX_REGEX_PROGRAM);
  }

  /** CEL's {@code matches}, both forms, bounded by {@link #matches}. */
  static List<CelFunctionBinding> matchesBindings() {
    return List.of(
        CelFunctionBinding.from("matches", String.class, String.class, RuleBudget::matches),
        CelFunctionBinding.from("matches_string", String.class, String.class, RuleBudget::matches));
  }

  /**
   * Whether {@code regex} matches part of {@code text}, as CEL's {@code matches}; a pattern over
   * the budget is refused before RE2J compiles it, so that a rule concatenating a pattern from data
   * cannot stall a run.
   *
   * @throws CelEvaluationException when the pattern is invalid or over the budget
   */
  static Boolean matches(String text, String regex) throws CelEvaluationException {
    long estimate = estimatedSize(regex);
    if (estimate > 100L * MAX_REGEX_PROGRAM) {
      throw new CelEvaluationException(
          "the regular expression built at run time repeats too much: its repetitions multiply to"
              + " about "
              + estimate
              + " instructions (expected at most "
              + MAX_REGEX_PROGRAM
              + ")");
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new CelEvaluationException(
          "the regular expression built at run time is not valid: " + e.getDescription(), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new CelEvaluationException(
          "the regular expression built at run time cannot be compiled", e);
    }
    if (pattern.programSize() > MAX_REGEX_PROGRAM) {
      throw new CelEvaluationException(
          "the regular expression built at run time compiles to "
              + pattern.programSize()
              + " instructions (expected at most "
              + MAX_REGEX_PROGRAM
              + ")");
    }
    return pattern.matcher(text).find();
  }

  /** What in a checked condition goes over the budget; empty when it fits. */
  static List<RuleCompiler.Issue> check(CelAbstractSyntaxTree ast) {
    List<RuleCompiler.Issue> issues = new ArrayList<>();
    CelNavigableExpr root = CelNavigableAst.fromAst(ast).getRoot();
    long nodes = root.allNodes().count();
    if (nodes > MAX_NODES) {
      issues.add(
          new RuleCompiler.Issue(
              1,
              1,
              "the condition has "
                  + nodes
                  + " parts once its macros are expanded"
                  + " (expected at most "
                  + MAX_NODES
                  + ": split it, or move the logic into thresholds)"));
    }
    root.allNodes()
        .forEach(
            node -> {
              CelExpr expr = node.expr();
              if (expr.exprKind().getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
                int nesting = comprehensionsAround(node) + 1;
                if (nesting == MAX_COMPREHENSION_NESTING + 1) {
                  issues.add(
                      at(
                          ast,
                          expr,
                          "comprehensions nest "
                              + nesting
                              + " deep (expected at most "
                              + MAX_COMPREHENSION_NESTING
                              + ": each level multiplies the work of every customer's evaluation)"));
                }
              }
              if (expr.exprKind().getKind() == CelExpr.ExprKind.Kind.CALL
                  && expr.call().function().equals("matches")) {
                literalPattern(expr).ifPresent(pattern -> checkPattern(ast, expr, pattern, issues));
              }
            });
    return issues;
  }

  private static int comprehensionsAround(CelNavigableExpr node) {
    int around = 0;
    for (Optional<CelNavigableExpr> up = node.parent(); up.isPresent(); up = up.get().parent()) {
      if (up.get().expr().exprKind().getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
        around++;
      }
    }
    return around;
  }

  /**
   * The pattern of {@code s.matches('...')} or {@code matches(s, '...')} when it is written as a
   * literal.
   */
  private static Optional<String> literalPattern(CelExpr call) {
    List<CelExpr> args = call.call().args();
    if (args.isEmpty()) {
      return Optional.empty();
    }
    CelExpr pattern = args.get(args.size() - 1);
    if (pattern.exprKind().getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && pattern.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
      return Optional.of(pattern.constant().stringValue());
    }
    return Optional.empty();
  }

  private static void checkPattern(
      CelAbstractSyntaxTree ast, CelExpr call, String pattern, List<RuleCompiler.Issue> issues) {
    CelExpr literal = call.call().args().get(call.call().args().size() - 1);
    long estimate = estimatedSize(pattern);
    if (estimate > 100L * MAX_REGEX_PROGRAM) {
      // Not even compiled: RE2J expands nested repetitions, and ((a{1000}){1000}){1000} would take
      // minutes and gigabytes to compile before its size could be asked.
      issues.add(
          at(
              ast,
              literal,
              "the regular expression repeats too much: its repetitions multiply to about "
                  + estimate
                  + " instructions (expected at most "
                  + MAX_REGEX_PROGRAM
                  + ": fewer or smaller repetitions)"));
      return;
    }
    try {
      int size = Pattern.compile(pattern).programSize();
      if (size > MAX_REGEX_PROGRAM) {
        issues.add(
            at(
                ast,
                literal,
                "the regular expression compiles to "
                    + size
                    + " instructions (expected at most "
                    + MAX_REGEX_PROGRAM
                    + ": fewer or smaller repetitions)"));
      }
    } catch (PatternSyntaxException e) {
      issues.add(
          at(
              ast,
              literal,
              "the regular expression is not valid: "
                  + e.getDescription()
                  + " (expected RE2 syntax, as CEL's matches() uses)"));
    } catch (RuntimeException | StackOverflowError e) {
      issues.add(
          at(
              ast,
              literal,
              "the regular expression cannot be compiled (expected a simpler RE2 pattern)"));
    }
  }

  private static final java.util.regex.Pattern REPEAT =
      java.util.regex.Pattern.compile("\\{(\\d{1,9})(?:,(\\d{0,9}))?\\}");

  /**
   * An upper bound of a pattern's compiled size, from its text alone: its length times every
   * counted repetition ({@code {n}}, {@code {n,m}}) multiplied together, as if all were nested.
   * Cheap and never too small; a pattern under it is then compiled and measured exactly.
   */
  static long estimatedSize(String pattern) {
    long size = Math.max(1, pattern.length());
    java.util.regex.Matcher repeat = REPEAT.matcher(pattern);
    while (repeat.find()) {
      String max = repeat.group(2);
      long copies =
          Math.max(1, Long.parseLong(max == null || max.isEmpty() ? repeat.group(1) : max));
      size = size > Long.MAX_VALUE / copies ? Long.MAX_VALUE : size * copies;
    }
    return size;
  }

  private static RuleCompiler.Issue at(CelAbstractSyntaxTree ast, CelExpr expr, String message) {
    Integer offset = ast.getSource().getPositionsMap().get(expr.id());
    Optional<CelSourceLocation> where =
        offset == null ? Optional.empty() : ast.getSource().getOffsetLocation(offset);
    return where
        .map(l -> new RuleCompiler.Issue(Math.max(1, l.getLine()), l.getColumn() + 1, message))
        .orElse(new RuleCompiler.Issue(1, 1, message));
  }
}
