package com.keepwise.reports.site;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.keepwise.scoring.policy.PolicySchema;
import java.util.Arrays;
import java.util.stream.Collectors;

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
    // The languages and the sections are listed from their enums, not written out a second time.
    ObjectNode properties = (ObjectNode) schema.get("properties");
    ((ObjectNode) properties.get("locale"))
        .put(
            "description",
            "The language of the review: " + SiteLanguage.inWords() + ". Default: en.")
        .put("pattern", String.join("|", SiteLanguage.codes()));
    ObjectNode sections = properties.objectNode();
    sections.put(
        "description",
        "The sections to build: "
            + Arrays.stream(SiteConfig.Section.values())
                .map(SiteConfig.Section::code)
                .collect(Collectors.joining(", "))
            + ". All when absent.");
    sections.setAll((ObjectNode) properties.get("sections"));
    properties.set("sections", sections);
    schema.put("$id", "https://keepwise.dev/schemas/site-1.json");
    schema.put("title", "Keepwise review site");
    schema.put(
        "description",
        "What review site to build, from which dataset and policy; run with 'keepwise site --config'.");
    return PolicySchema.pretty(schema);
  }
}
