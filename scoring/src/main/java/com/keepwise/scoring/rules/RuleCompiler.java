package com.keepwise.scoring.rules;

import static dev.cel.checker.CelStandardDeclarations.StandardFunction.Overload.Conversions.INT64_TO_INT64;
import static dev.cel.checker.CelStandardDeclarations.StandardFunction.Overload.Conversions.INT64_TO_TIMESTAMP;

import dev.cel.checker.CelStandardDeclarations;
import dev.cel.checker.CelStandardDeclarations.StandardFunction.Overload.Comparison;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelStandardFunctions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Compiles rule conditions written in CEL (the Common Expression Language): side-effect free,
 * always terminating, and type-checked here, at load time, against {@link RuleNames}. A condition
 * can read facts and compare them; it cannot run code, read files or loop forever.
 */
public final class RuleCompiler {

  /** A mistake in a condition, at a line and column (both 1-based) of the condition's text. */
  public record Issue(int line, int column, String message) {}

  /** A compiled condition, or the issues that kept it from compiling. */
  public record Compiled(Condition condition, List<Issue> issues) {}

  private final CelCompiler compiler;

  /** One compiler for the whole run: CEL's set-up takes half a second. */
  private static final class Shared {
    static final RuleCompiler INSTANCE = new RuleCompiler();
  }

  /** The compiler every policy shares; it is thread-safe. */
  public static RuleCompiler shared() {
    return Shared.INSTANCE;
  }

  /** Whether {@link #prepare} has started making the shared compiler. */
  private static final AtomicBoolean PREPARING = new AtomicBoolean();

  /**
   * Starts making the shared compiler on a thread of its own, so that it is ready, or nearly, when
   * {@link #shared()} is first called; the call waits for it (the JVM's class initialisation).
   */
  public static void prepare() {
    if (PREPARING.compareAndSet(false, true)) {
      Thread maker = new Thread(RuleCompiler::shared, "keepwise-rule-compiler");
      maker.setDaemon(true);
      maker.start();
    }
  }

  /**
   * CEL's standard functions for the type-checker, as CEL's own standard environment has them for
   * {@code options}: made once here, where CEL would make them anew for every condition it checks
   * (a quarter of the time CEL spent checking the default policy's conditions).
   */
  private static CelStandardDeclarations standardDeclarations(CelOptions options) {
    return CelStandardDeclarations.newBuilder()
        .filterFunctions(
            (function, overload) ->
                switch (function) {
                  case INT -> options.enableUnsignedLongs() || !overload.equals(INT64_TO_INT64);
                  case TIMESTAMP ->
                      options.enableTimestampEpoch() || !overload.equals(INT64_TO_TIMESTAMP);
                  default ->
                      options.enableHeterogeneousNumericComparisons()
                          || !(overload instanceof Comparison comparison)
                          || !comparison.isHeterogeneousComparison();
                })
        .build();
  }

  private static final CelOptions OPTIONS =
      RuleBudget.limit(CelOptions.current().enableHeterogeneousNumericComparisons(true)).build();

  /**
   * CEL's interpreter, made when a condition is first evaluated: checking a policy never needs it
   * ({@code check policy.yaml}: 0.79 to 0.74 s of CPU, 0.54 to 0.53 s wall, medians of 15 pairs).
   */
  private static final class Interpreter {
    // CEL's standard interpreter, not its planner: conditions read their names through a resolver
    // (RuleInputs), and the planner converts every value it resolves: 10-22% more CPU per
    // customer's conditions (RuleBudgetAb), 4-5% more for scoring a million customers.
    static final CelRuntime INSTANCE =
        CelRuntimeFactory.standardCelRuntimeBuilder()
            .setStandardEnvironmentEnabled(false)
            .setOptions(OPTIONS)
            .setStandardFunctions(
                CelStandardFunctions.newBuilder()
                    .excludeFunctions(CelStandardFunctions.StandardFunction.MATCHES)
                    .build())
            .addFunctionBindings(RuleBudget.matchesBindings())
            .build();
  }

  /** The program that evaluates a checked condition. */
  static CelRuntime.Program program(CelAbstractSyntaxTree ast) throws CelEvaluationException {
    return Interpreter.INSTANCE.createProgram(ast);
  }

  public RuleCompiler() {
    CelCompilerBuilder builder =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setStandardEnvironmentEnabled(false)
            .setStandardDeclarations(standardDeclarations(OPTIONS))
            .setResultType(SimpleType.BOOL);
    for (Map.Entry<String, dev.cel.common.types.CelType> name :
        RuleNames.get().types().entrySet()) {
      builder.addVar(name.getKey(), name.getValue());
    }
    compiler = builder.build();
  }

  public Compiled compile(String source) {
    try {
      CelAbstractSyntaxTree ast = compiler.compile(source).getAst();
      List<Issue> overBudget = RuleBudget.check(ast);
      if (!overBudget.isEmpty()) {
        return new Compiled(null, overBudget);
      }
      return new Compiled(new Condition(source, ast), List.of());
    } catch (CelValidationException e) {
      List<Issue> issues = new ArrayList<>();
      for (CelIssue issue : e.getErrors()) {
        var location = issue.getSourceLocation();
        if (ConditionSyntax.isSyntaxError(issue.getMessage())) {
          // The parser's first complaint is the cause; the ones after it are its confusion.
          return new Compiled(
              null,
              List.of(
                  new Issue(
                      Math.max(1, location.getLine()),
                      location.getColumn() + 1,
                      ConditionSyntax.inWords(
                          issue.getMessage(), source, location.getLine(), location.getColumn()))));
        }
        issues.add(
            new Issue(
                Math.max(1, location.getLine()),
                location.getColumn() + 1,
                explain(
                    issue.getMessage(), nameAt(source, location.getLine(), location.getColumn()))));
      }
      return new Compiled(null, issues);
    }
  }

  /** The dotted name written at a position of the source (CEL reports only its first part). */
  private static String nameAt(String source, int line, int column) {
    String[] lines = source.split("\n", -1);
    String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
    int end = Math.max(0, Math.min(column, text.length()));
    while (end < text.length()
        && (Character.isLetterOrDigit(text.charAt(end))
            || text.charAt(end) == '_'
            || text.charAt(end) == '.')) {
      end++;
    }
    return text.substring(Math.max(0, Math.min(column, text.length())), end);
  }

  private static final java.util.regex.Pattern NO_OVERLOAD =
      java.util.regex.Pattern.compile(
          "found no matching overload for '_?([^']*?)_?' applied to '\\((.*?)\\)'.*",
          java.util.regex.Pattern.DOTALL);

  /** CEL's words, shortened, with a suggestion for a misspelt name. */
  private static String explain(String message, String written) {
    java.util.regex.Matcher overload = NO_OVERLOAD.matcher(message);
    if (overload.matches()) {
      return "'"
          + overload.group(1)
          + "' cannot be applied to ("
          + overload.group(2)
          + ") (expected values of matching types, such as a number with a number)";
    }
    String undeclared = "undeclared reference to '";
    int at = message.indexOf(undeclared);
    if (at >= 0) {
      String name =
          written.isEmpty()
              ? message.substring(
                  at + undeclared.length(), message.indexOf('\'', at + undeclared.length()))
              : written;
      return "unknown name '"
          + name
          + "' (expected a criterion fact like pays_late.days_overdue, or customer.*, risk.*, value.*, trend.*"
          + com.keepwise.scoring.yaml.Suggestions.didYouMean(name, RuleNames.get().names())
          + ")";
    }
    return message;
  }
}
