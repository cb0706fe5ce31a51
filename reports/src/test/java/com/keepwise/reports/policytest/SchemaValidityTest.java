package com.keepwise.reports.policytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.policy.PolicySchema;
import com.keepwise.scoring.testing.TextEdit;
import com.keepwise.scoring.yaml.YamlBinder;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What editors see: the files Keepwise ships and accepts are valid against the schemas it prints,
 * and a file it refuses is refused by the schema too. A schema that disagrees with the loader would
 * underline correct files, or pass wrong ones.
 */
public class SchemaValidityTest {

  static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /**
   * What an editor would underline in the YAML text, against the JSON schema: the file read by
   * Keepwise's own YAML reader, then handed to the validator as JSON (the validator works on
   * Jackson 3's tree, Keepwise on Jackson 2's).
   */
  public static List<String> problems(String schema, String yaml) throws IOException {
    JsonNode document = YamlBinder.shared().tree(yaml);
    return SCHEMAS
        .getSchema(schema, InputFormat.JSON)
        .validate(document.toString(), InputFormat.JSON)
        .stream()
        .map(Error::getMessage)
        .sorted()
        .toList();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = SchemaValidityTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDefaultPolicyIsValidAgainstThePolicySchema() throws IOException {
    assertEquals(List.of(), problems(PolicySchema.json(), PolicyLoader.defaultPolicyText()));
  }

  @Test
  void theStarterSiteConfigurationIsValidAgainstTheSiteSchema() throws IOException {
    assertEquals(
        List.of(),
        problems(
            com.keepwise.reports.site.SiteSchema.json(),
            resource("/com/keepwise/reports/starter/site.yaml")));
    assertFalse(
        problems(
                com.keepwise.reports.site.SiteSchema.json(),
                "title: t\ndataset: d\nsections: [charts]\n")
            .isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/com/keepwise/reports/starter/cases/behaviour.yaml",
        "/policytest/cases-pass-and-fail.yaml",
        "/policytest/cases-dataset.yaml"
      })
  void caseFilesAreValidAgainstTheCaseSchema(String file) throws IOException {
    assertEquals(List.of(), problems(CaseSchema.json(), resource(file)));
  }

  @Test
  void aCaseFileTheLoaderRefusesTheSchemaRefusesToo() throws IOException {
    assertFalse(
        problems(CaseSchema.json(), resource("/policytest/cases-unknown-key.yaml")).isEmpty());
    assertFalse(
        problems(CaseSchema.json(), resource("/policytest/cases-bad-values.yaml")).isEmpty());
  }

  /**
   * The ranges of composed constraints ({@code @Between}, {@code @AtLeast}) reach the schema, on
   * optional values too.
   */
  @Test
  void theCaseSchemaCarriesTheRangesOfTheCaseRecords() throws IOException {
    String valid =
        "cases:\n  - name: n\n    customer: {annual_revenue: 1000}\n    events:\n      incidents: {kind: threat, severity: 5}\n"
            + "    expect: {action: EXIT_NOW}\n";
    assertEquals(List.of(), problems(CaseSchema.json(), valid));
    assertFalse(
        problems(CaseSchema.json(), TextEdit.replaced(valid, "severity: 5", "severity: 6"))
            .isEmpty());
    assertFalse(
        problems(CaseSchema.json(), TextEdit.replaced(valid, "severity: 5", "severity: 0"))
            .isEmpty());
  }
}
