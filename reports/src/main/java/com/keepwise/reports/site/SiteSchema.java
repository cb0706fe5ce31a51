package com.keepwise.reports.site;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.keepwise.scoring.policy.PolicySchema;

/**
 * The JSON Schema of {@code site.yaml}, for editors, generated from {@link SiteConfig} like the
 * policy's.
 */
public final class SiteSchema {

  private SiteSchema() {}

  /** The schema as pretty-printed JSON. */
  public static String json() {
    ObjectNode schema =
        new SchemaGenerator(PolicySchema.config().build()).generateSchema(SiteConfig.class);
    schema.put("$id", "https://keepwise.dev/schemas/site-1.json");
    schema.put("title", "Keepwise review site");
    schema.put(
        "description",
        "What review site to build, from which dataset and policy; run with 'keepwise site --config'.");
    return PolicySchema.pretty(schema);
  }
}
