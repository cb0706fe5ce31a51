package com.keepwise.scoring.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.keepwise.domain.Problem;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Side;
import com.keepwise.scoring.rules.Condition;
import com.keepwise.scoring.rules.RuleCompiler;
import com.keepwise.scoring.yaml.Bound;
import com.keepwise.scoring.yaml.Locations;
import com.keepwise.scoring.yaml.Suggestions;
import com.keepwise.scoring.yaml.YamlBinder;
import com.keepwise.scoring.yaml.YamlPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a policy and checks everything a typo could break: the YAML itself, every key and value,
 * criterion and fact names, rule conditions (type-checked), and the consistency between sections.
 * Every problem is reported at once, located.
 */
public final class PolicyLoader {

  /** The policy used when none is given, shipped inside the jar. */
  public static final String DEFAULT_RESOURCE = "/com/keepwise/scoring/policy/default-policy.yaml";

  private final YamlBinder binder;

  public PolicyLoader() {
    // CEL's set-up (9% of the samples of a profiled check of one policy file) runs beside the
    // YAML binding, which comes first and does not need it; started before the binder is made,
    // which takes a while itself.
    RuleCompiler.prepare();
    binder = YamlBinder.shared();
  }

  /** The default policy; it always loads (a test proves it). */
  public static LoadedPolicy defaultPolicy() {
    Result result = new PolicyLoader().load("default-policy.yaml", defaultPolicyText());
    if (result.policy().isEmpty()) {
      throw new IllegalStateException("the default policy is broken: " + result.problems());
    }
    return result.policy().get();
  }

  /** The default policy's text, comments and all, for {@code init} and the policy page. */
  public static String defaultPolicyText() {
    try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A loaded policy, or the problems that kept it from loading. */
  public record Result(Optional<LoadedPolicy> policy, List<Problem> problems) {}

  /**
   * Loads a policy from its text.
   *
   * @param source the file name used in problems
   */
  public Result load(String source, String text) {
    ConditionsAhead ahead = new ConditionsAhead();
    Bound<Policy> bound = binder.bind(source, text, Policy.class, ahead::start);
    if (bound.value().isEmpty()) {
      return new Result(Optional.empty(), bound.problems());
    }
    // Checked even when binding found problems, so one run reports every mistake; parts that did
    // not bind are null and skipped.
    Checks checks = new Checks(source, bound.locations());
    checks.problems.addAll(bound.problems());
    Policy policy = bound.value().get();
    checkCriteria(policy, checks);
    Map<String, Condition> conditions = checkRules(policy, text, checks, ahead);
    if (!checks.problems.isEmpty()) {
      checks.problems.sort(null);
      return new Result(Optional.empty(), checks.problems);
    }
    return new Result(Optional.of(new LoadedPolicy(source, text, policy, conditions)), List.of());
  }

  private void checkCriteria(Policy policy, Checks checks) {
    if (policy.criteria() != null) {
      checkWeights("/criteria", policy.criteria(), Side.RISK, checks);
      if (policy.criteria().values().stream()
          .noneMatch(c -> c != null && c.weight() != null && c.weight() > 0)) {
        checks.at(
            JsonPointer.compile("/criteria"),
            "criteria",
            "no risk criterion has a weight above 0 (expected at least one)");
      }
    }
    if (policy.value() != null) {
      checkWeights("/value", policy.value(), Side.VALUE, checks);
      if (policy.value().values().stream()
          .noneMatch(c -> c != null && c.weight() != null && c.weight() > 0)) {
        checks.at(
            JsonPointer.compile("/value"),
            "value",
            "no value factor has a weight above 0 (expected at least one)");
      }
    }
    if (policy.severalProblems() != null && policy.severalProblems().notCounted() != null) {
      checkIds("/several_problems/not_counted", policy.severalProblems().notCounted(), checks);
    }
    List<ProblemCap> caps = policy.problemCaps() == null ? List.of() : policy.problemCaps();
    for (int i = 0; i < caps.size(); i++) {
      if (caps.get(i) != null && caps.get(i).criteria() != null) {
        checkIds("/problem_caps/" + i + "/criteria", caps.get(i).criteria(), checks);
      }
    }
    if (policy.trend() != null && policy.trend().notWith() != null) {
      policy.trend().notWith().ifPresent(ids -> checkIds("/trend/not_with", ids, checks));
    }
    if (policy.segments() != null) {
      policy
          .segments()
          .forEach(
              (segment, override) -> {
                if (override == null) {
                  return;
                }
                JsonPointer at = JsonPointer.compile("/segments").appendProperty(segment);
                if (override.criteria() != null) {
                  override
                      .criteria()
                      .ifPresent(
                          c -> checkOverrides(at.appendProperty("criteria"), c, Side.RISK, checks));
                }
                if (override.value() != null) {
                  override
                      .value()
                      .ifPresent(
                          c -> checkOverrides(at.appendProperty("value"), c, Side.VALUE, checks));
                }
              });
    }
  }

  private void checkWeights(
      String path, Map<String, CriterionWeight> weights, Side side, Checks checks) {
    weights.forEach(
        (id, weight) -> {
          JsonPointer at = JsonPointer.compile(path).appendProperty(id);
          Optional<Criterion> criterion = checkKnown(at, id, side, checks, true);
          if (criterion.isPresent() && weight != null && weight.thresholds() != null) {
            checkFacts(
                at.appendProperty("thresholds"),
                criterion.get(),
                weight.thresholds().keySet(),
                checks);
            if (weight.thresholds().isEmpty() && weight.weight() != null && weight.weight() > 0) {
              checks.at(
                  at.appendProperty("thresholds"),
                  YamlPaths.describe(at.appendProperty("thresholds")),
                  "is empty (expected at least one of " + factNames(criterion.get()) + ")");
            }
          }
        });
  }

  private void checkOverrides(
      JsonPointer at, Map<String, CriterionOverride> overrides, Side side, Checks checks) {
    overrides.forEach(
        (id, override) -> {
          JsonPointer here = at.appendProperty(id);
          checkKnown(here, id, side, checks, true)
              .ifPresent(
                  criterion -> {
                    if (override != null && override.thresholds() != null) {
                      override
                          .thresholds()
                          .ifPresent(
                              t ->
                                  checkFacts(
                                      here.appendProperty("thresholds"),
                                      criterion,
                                      t.keySet(),
                                      checks));
                    }
                  });
        });
  }

  private void checkIds(String path, List<String> ids, Checks checks) {
    for (int i = 0; i < ids.size(); i++) {
      checkKnown(JsonPointer.compile(path).appendIndex(i), ids.get(i), Side.RISK, checks, false);
    }
  }

  private Optional<Criterion> checkKnown(
      JsonPointer at, String id, Side side, Checks checks, boolean isKey) {
    Optional<Criterion> criterion = Catalog.byId(side, id);
    if (criterion.isEmpty()) {
      List<String> known = Catalog.of(side).stream().map(Criterion::id).toList();
      String what = side == Side.RISK ? "risk criterion" : "value factor";
      String message =
          "'"
              + id
              + "' is not a "
              + what
              + " (expected one of "
              + String.join(", ", known)
              + Suggestions.didYouMean(id, known)
              + ")";
      if (isKey) {
        checks.atKey(at, YamlPaths.describe(at.head()), message);
      } else {
        checks.at(at, YamlPaths.describe(at), message);
      }
    }
    return criterion;
  }

  private void checkFacts(JsonPointer at, Criterion criterion, Set<String> facts, Checks checks) {
    List<String> known = criterion.facts().stream().map(f -> f.name()).toList();
    for (String fact : facts) {
      if (!known.contains(fact)) {
        checks.atKey(
            at.appendProperty(fact),
            YamlPaths.describe(at),
            "'"
                + fact
                + "' is not a fact of "
                + criterion.id()
                + " (expected one of "
                + String.join(", ", known)
                + Suggestions.didYouMean(fact, known)
                + ")");
      }
    }
  }

  private static String factNames(Criterion criterion) {
    return String.join(", ", criterion.facts().stream().map(f -> f.name()).toList());
  }

  private Map<String, Condition> checkRules(
      Policy policy, String text, Checks checks, ConditionsAhead ahead) {
    Map<String, Condition> conditions = new HashMap<>();
    Set<String> ids = new HashSet<>();
    List<HardRule> rules = policy.hardRules() == null ? List.of() : policy.hardRules();
    for (int i = 0; i < rules.size(); i++) {
      HardRule rule = rules.get(i);
      JsonPointer at = JsonPointer.compile("/hard_rules").appendIndex(i);
      if (rule == null || rule.id() == null || rule.when() == null) {
        continue;
      }
      checkUnique(at, rule.id(), ids, checks);
      compile(at, rule.id(), ahead.compile(rule.when()), conditions, text, checks);
    }
    List<Protection> protections = policy.protections() == null ? List.of() : policy.protections();
    for (int i = 0; i < protections.size(); i++) {
      Protection protection = protections.get(i);
      JsonPointer at = JsonPointer.compile("/protections").appendIndex(i);
      if (protection == null || protection.id() == null || protection.when() == null) {
        continue;
      }
      checkUnique(at, protection.id(), ids, checks);
      compile(at, protection.id(), ahead.compile(protection.when()), conditions, text, checks);
      if (protection.reason() != null && protection.reason().kind() != ReasonCode.Kind.PROTECTION) {
        checks.at(
            at.appendProperty("reason"),
            YamlPaths.describe(at.appendProperty("reason")),
            "'"
                + protection.reason()
                + "' is not a protection reason (expected one of "
                + protectionReasons()
                + ")");
      }
    }
    List<PartingRule> partings = policy.partWaysOrNone();
    Set<String> protectionIds = new HashSet<>();
    protections.forEach(
        p -> {
          if (p != null && p.id() != null) {
            protectionIds.add(p.id());
          }
        });
    for (int i = 0; i < partings.size(); i++) {
      PartingRule parting = partings.get(i);
      JsonPointer at = JsonPointer.compile("/part_ways").appendIndex(i);
      if (parting == null || parting.id() == null || parting.when() == null) {
        continue;
      }
      checkUnique(at, parting.id(), ids, checks);
      compile(at, parting.id(), ahead.compile(parting.when()), conditions, text, checks);
      List<String> heldBy = parting.heldBy() == null ? List.of() : parting.heldBy();
      for (int h = 0; h < heldBy.size(); h++) {
        String id = heldBy.get(h);
        if (!protectionIds.contains(id)) {
          JsonPointer here = at.appendProperty("held_by").appendIndex(h);
          List<String> known = protectionIds.stream().sorted().toList();
          checks.at(
              here,
              YamlPaths.describe(here),
              "'"
                  + id
                  + "' is not a protection of this policy (expected one of "
                  + String.join(", ", known)
                  + Suggestions.didYouMean(id, known)
                  + ")");
        }
      }
    }
    return conditions;
  }

  private static String protectionReasons() {
    return String.join(
        ", ",
        java.util.Arrays.stream(ReasonCode.values())
            .filter(r -> r.kind() == ReasonCode.Kind.PROTECTION)
            .map(Enum::name)
            .toList());
  }

  private static void checkUnique(JsonPointer at, String id, Set<String> ids, Checks checks) {
    if (!ids.add(id)) {
      checks.at(
          at.appendProperty("id"),
          YamlPaths.describe(at.appendProperty("id")),
          "'"
              + id
              + "' is used twice (expected each rule, protection and pattern to have its own id)");
    }
  }

  private void compile(
      JsonPointer at,
      String id,
      RuleCompiler.Compiled compiled,
      Map<String, Condition> conditions,
      String text,
      Checks checks) {
    JsonPointer whenAt = at.appendProperty("when");
    JsonLocation where = checks.locations.nearest(whenAt);
    if (compiled.condition() != null) {
      conditions.put(
          id,
          compiled
              .condition()
              .writtenAt(
                  checks.source
                      + ":"
                      + Math.max(1, where.getLineNr())
                      + ":"
                      + Math.max(1, where.getColumnNr())
                      + ": "
                      + YamlPaths.describe(whenAt)));
      return;
    }
    for (RuleCompiler.Issue issue : compiled.issues()) {
      // The condition usually sits on one line after "when:"; point into it when it does.
      long line = where.getLineNr() + issue.line() - 1;
      int column =
          issue.line() == 1
              ? where.getColumnNr() + offsetOfValue(text, where) + issue.column() - 1
              : issue.column();
      checks.problems.add(
          new Problem(
              checks.source, line, column, YamlPaths.describe(whenAt) + ": " + issue.message()));
    }
  }

  /** 1 when the scalar at {@code where} is quoted (its text starts one column later), else 0. */
  private static int offsetOfValue(String text, JsonLocation where) {
    String[] lines = text.split("\n", -1);
    int line = (int) where.getLineNr() - 1;
    int column = where.getColumnNr() - 1;
    if (line < 0 || line >= lines.length || column < 0 || column >= lines[line].length()) {
      return 0;
    }
    char c = lines[line].charAt(column);
    return c == '"' || c == '\'' ? 1 : 0;
  }

  /** The problems found after binding, located through the document's key and value positions. */
  private static final class Checks {
    private final String source;
    private final Locations locations;
    private final List<Problem> problems = new ArrayList<>();

    Checks(String source, Locations locations) {
      this.source = source;
      this.locations = locations;
    }

    void at(JsonPointer pointer, String path, String message) {
      add(locations.nearest(pointer), path, message);
    }

    void atKey(JsonPointer pointer, String path, String message) {
      add(locations.key(pointer), path, message);
    }

    private void add(JsonLocation where, String path, String message) {
      problems.add(
          new Problem(
              source,
              Math.max(1, where.getLineNr()),
              Math.max(1, where.getColumnNr()),
              path.isEmpty() ? message : path + ": " + message));
    }
  }
}
