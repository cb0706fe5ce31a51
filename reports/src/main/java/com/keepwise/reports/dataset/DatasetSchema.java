package com.keepwise.reports.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.keepwise.scoring.policy.PolicySchema;
import java.util.Map;

/**
 * The JSON Schema of {@code dataset.yaml}, for editors: generated from {@link DatasetYaml} like the
 * policy's, with {@code sources:} spelled out from the contract itself — its files, and each file's
 * columns under {@code columns:} and {@code values:}.
 */
public final class DatasetSchema {

  private DatasetSchema() {}

  /** The schema as pretty-printed JSON. */
  public static String json() {
    ObjectNode schema =
        new SchemaGenerator(PolicySchema.config().build()).generateSchema(DatasetYaml.class);
    schema.put("$id", "https://keepwise.dev/schemas/dataset-1.json");
    schema.put("title", "Keepwise dataset");
    schema.put(
        "description",
        "dataset.yaml: what a dataset directory holds, and where a client's own exports stand in for"
            + " contract files.");
    ObjectNode properties = (ObjectNode) schema.get("properties");
    ObjectNode sources = (ObjectNode) properties.get("sources");
    if (sources.has(
        "allOf")) { // the generator puts the description beside the map's schema: one schema is
      // clearer
      for (JsonNode part : sources.remove("allOf")) {
        sources.setAll((ObjectNode) part);
      }
    }
    JsonNode entry = sources.get("additionalProperties");
    ObjectNode files = sources.putObject("properties");
    for (Map.Entry<String, Schema> file : Sources.SCHEMAS.entrySet()) {
      ObjectNode spec = entry.deepCopy();
      spec.put(
          "description",
          "Where the rows of "
              + file.getValue().file().fileName()
              + " come from, and how to read them.");
      ObjectNode specProperties = (ObjectNode) spec.get("properties");
      for (String patterns :
          new String[] {"date_format", "datetime_format"}) { // one pattern, or a list of them
        ((ObjectNode) specProperties.get(patterns))
            .putArray("type")
            .add("string")
            .add("array")
            .add("null");
      }
      ObjectNode columns = specProperties.putObject("columns");
      columns.put("type", "object");
      columns.put(
          "description",
          ((ObjectNode) entry.get("properties").get("columns")).get("description").asText());
      ObjectNode columnHeaders = columns.putObject("properties");
      ObjectNode values = specProperties.putObject("values");
      values.put("type", "object");
      values.put(
          "description",
          ((ObjectNode) entry.get("properties").get("values")).get("description").asText());
      ObjectNode columnValues = values.putObject("properties");
      for (Column column : file.getValue().columns()) {
        columnHeaders
            .putObject(column.header())
            .put("type", "string")
            .put(
                "description",
                "The export's header for "
                    + column.header()
                    + (column.required() ? " (required)" : "")
                    + ": "
                    + column.expected()
                    + ".");
        ObjectNode words = columnValues.putObject(column.header());
        words.put("type", "object");
        words.put(
            "description",
            "The export's values of "
                + column.header()
                + " and the contract values they stand for.");
        ObjectNode target = words.putObject("additionalProperties").put("type", "string");
        if (column.type() == ColumnType.CODE) {
          ArrayNode codes = target.putArray("enum");
          for (String code : column.codes()) {
            codes.add(code);
          }
        }
        words.put("additionalProperties", target);
      }
      columns.put("additionalProperties", false);
      values.put("additionalProperties", false);
      files.set(file.getKey(), spec);
    }
    sources.put("additionalProperties", false);
    return PolicySchema.pretty(schema);
  }
}
