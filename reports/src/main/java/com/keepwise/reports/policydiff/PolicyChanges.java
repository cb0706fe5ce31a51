package com.keepwise.reports.policydiff;

import com.fasterxml.jackson.databind.JsonNode;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.yaml.YamlBinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What differs between two policies, setting by setting, as the files say it (comments and layout
 * aside). Lists of rules, caps and protections are matched by id, so moving one rule is one change,
 * not a change at every position after it; their order, which decides which rule wins, is a change
 * of its own.
 */
public final class PolicyChanges {

  private PolicyChanges() {}

  /** Every change from {@code base} to {@code changed}, in the order of the files' settings. */
  public static List<PolicyChange> between(LoadedPolicy base, LoadedPolicy changed) {
    List<PolicyChange> changes = new ArrayList<>();
    compare("", tree(base), tree(changed), changes);
    return changes;
  }

  private static JsonNode tree(LoadedPolicy policy) {
    try {
      return YamlBinder.shared().tree(policy.text());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a loaded policy is valid YAML: " + policy.source(), e);
    }
  }

  private static void compare(String path, JsonNode a, JsonNode b, List<PolicyChange> changes) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        String at = path.isEmpty() ? key : path + "." + key;
        if (!b.has(key)) {
          changes.add(new PolicyChange(at, Optional.of(say(a.get(key))), Optional.empty()));
        } else if (!a.has(key)) {
          changes.add(new PolicyChange(at, Optional.empty(), Optional.of(say(b.get(key)))));
        } else {
          compare(at, a.get(key), b.get(key), changes);
        }
      }
      return;
    }
    if (a.isArray() && b.isArray() && byId(a).isPresent() && byId(b).isPresent()) {
      Map<String, JsonNode> before = byId(a).get();
      Map<String, JsonNode> after = byId(b).get();
      Set<String> ids = new LinkedHashSet<>(before.keySet());
      ids.addAll(after.keySet());
      for (String id : ids) {
        String at = path + "[" + id + "]";
        if (!after.containsKey(id)) {
          changes.add(new PolicyChange(at, Optional.of(say(before.get(id))), Optional.empty()));
        } else if (!before.containsKey(id)) {
          changes.add(new PolicyChange(at, Optional.empty(), Optional.of(say(after.get(id)))));
        } else {
          compare(at, before.get(id), after.get(id), changes);
        }
      }
      List<String> kept = before.keySet().stream().filter(after::containsKey).toList();
      List<String> keptAfter = after.keySet().stream().filter(before::containsKey).toList();
      if (!kept.equals(keptAfter)) {
        changes.add(
            new PolicyChange(
                path + " (order)",
                Optional.of(String.join(", ", kept)),
                Optional.of(String.join(", ", keptAfter))));
      }
      return;
    }
    changes.add(new PolicyChange(path, Optional.of(say(a)), Optional.of(say(b))));
  }

  /**
   * A list of mappings each with a distinct {@code id}, by id in order; empty for any other list.
   */
  private static Optional<Map<String, JsonNode>> byId(JsonNode list) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode item : list) {
      if (!item.isObject()
          || !item.path("id").isTextual()
          || byId.put(item.get("id").asText(), item) != null) {
        return Optional.empty();
      }
    }
    return Optional.of(byId);
  }

  /**
   * A value as YAML's flow style would write it: {@code 12}, {@code "a >= 1"}, {@code [a, b]},
   * {@code {from: 1, to: 4}}.
   */
  static String say(JsonNode node) {
    if (node.isTextual()) {
      String text = node.asText();
      return text.isEmpty() || text.matches(".*[\\s,:\\[\\]{}#'\"].*")
          ? "\"" + text.replace("\"", "\\\"") + "\""
          : text;
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(say(item)));
      return "[" + String.join(", ", items) + "]";
    }
    if (node.isObject()) {
      List<String> entries = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        entries.add(e.getKey() + ": " + say(e.getValue()));
      }
      return entries.stream().collect(Collectors.joining(", ", "{", "}"));
    }
    if (node.isNull()) {
      return "null";
    }
    return node.asText();
  }
}
