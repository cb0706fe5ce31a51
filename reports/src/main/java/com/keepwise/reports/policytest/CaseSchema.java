package com.keepwise.reports.policytest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.keepwise.scoring.policy.PolicySchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schema of policy test-case files, for editors: generated from the case records like the
 * policy's, so the two cannot drift apart.
 */
public final class CaseSchema {

  private CaseSchema() {}

  /** The schema as pretty-printed JSON. */
  public static String json() {
    SchemaGenerator generator = new SchemaGenerator(PolicySchema.config().build());
    ObjectNode schema = generator.generateSchema(CaseFile.class);
    schema.put("$id", "https://keepwise.dev/schemas/cases-1.json");
    schema.put("title", "Keepwise policy test cases");
    schema.put(
        "description",
        "Situations and the decisions a policy must reach for them; run with 'keepwise test'."
            + " See docs/policy-as-code.md.");
    JsonNode events = schema.at("/properties/cases/items/properties/events/properties");
    if (events.isObject()) {
      List<String> kinds = new ArrayList<>();
      events.fieldNames().forEachRemaining(kinds::add);
      for (String kind : kinds) {
        ((ObjectNode) events).set(kind, oneOrMany((ObjectNode) events.get(kind)));
      }
    }
    JsonNode expect = schema.at("/properties/cases/items/properties/expect");
    if (expect.isObject() && expect.at("/properties/action").isObject()) {
      ObjectNode action = (ObjectNode) expect.at("/properties/action");
      String description = action.path("description").asText();
      ObjectNode one = (ObjectNode) action.get("items").deepCopy();
      ObjectNode many = action.deepCopy();
      many.remove("description");
      many.put("type", "array").put("minItems", 1);
      action.removeAll();
      action.put("description", description);
      action.putArray("anyOf").add(one).add(many);
      // A case says its action one way or another: one, one of several, or a bound.
      var either = ((ObjectNode) expect).putArray("anyOf");
      for (String key : List.of("action", "at_least", "at_most")) {
        either.addObject().putArray("required").add(key);
      }
    }
    return PolicySchema.pretty(schema);
  }

  /** Each kind of event takes one group or a list of groups (the binder accepts both). */
  private static ObjectNode oneOrMany(ObjectNode list) {
    ObjectNode either = list.objectNode();
    if (list.has("description")) {
      either.set("description", list.get("description"));
    }
    var anyOf = either.putArray("anyOf");
    anyOf.add(list.get("items").deepCopy());
    ObjectNode many = list.deepCopy();
    many.remove("description");
    anyOf.add(many);
    return either;
  }
}
