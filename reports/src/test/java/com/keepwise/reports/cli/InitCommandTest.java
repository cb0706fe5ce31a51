package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.keepwise.scoring.testing.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keepwise init}: a starter project that passes its own check and test, written only into an
 * empty place.
 */
class InitCommandTest {

  @TempDir Path temp;

  @Test
  void theStarterProjectPassesItsOwnCheckAndTest() throws IOException {
    Path project = temp.resolve("policy-project");
    CliRun init = CliRun.of("init", project.toString());
    assertEquals(ExitCodes.SUCCESS, init.exit(), init.err());
    assertTrue(init.out().startsWith("Wrote a starter project to " + project + " ("), init.out());
    for (String file :
        List.of(
            "policy.yaml",
            "site.yaml",
            "README.md",
            ".gitignore",
            "cases/behaviour.yaml",
            "cases/sample-data.yaml",
            "schemas/policy.schema.json",
            "schemas/cases.schema.json",
            "schemas/site.schema.json",
            ".vscode/settings.json",
            ".github/workflows/keepwise.yml",
            "ci/keepwise-checks.sh",
            "hooks/pre-commit",
            "data/customers.csv",
            "data/dataset.yaml")) {
      assertTrue(Files.isRegularFile(project.resolve(file)), file);
    }
    assertEquals(40, Files.readAllLines(project.resolve("data/customers.csv")).size() - 1);
    assertTrue(Files.isExecutable(project.resolve("ci/keepwise-checks.sh")));
    assertTrue(Files.isExecutable(project.resolve("hooks/pre-commit")));
    assertTrue(
        Files.readString(project.resolve("policy.yaml"))
            .startsWith("# yaml-language-server: $schema=schemas/policy.schema.json\n"));
    assertTrue(
        Files.readString(project.resolve("cases/behaviour.yaml"))
            .startsWith("# yaml-language-server: $schema=../schemas/cases.schema.json\n"));
    JsonNode settings =
        new ObjectMapper().readTree(project.resolve(".vscode/settings.json").toFile());
    assertEquals(
        "policy.yaml", settings.at("/yaml.schemas/.~1schemas~1policy.schema.json/0").asText());
    assertEquals(
        CliRun.of("schema", "--for", "cases").out(),
        Files.readString(project.resolve("schemas/cases.schema.json")));

    CliRun check =
        CliRun.of(
            "check",
            project.resolve("policy.yaml").toString(),
            project.resolve("site.yaml").toString(),
            project.resolve("cases/behaviour.yaml").toString(),
            project.resolve("cases/sample-data.yaml").toString(),
            "--data",
            project.resolve("data").toString());
    assertEquals(ExitCodes.SUCCESS, check.exit(), check.out() + check.err());
    assertTrue(
        check
            .out()
            .startsWith(
                project.resolve("policy.yaml")
                    + ": valid policy\n"
                    + project.resolve("site.yaml")
                    + ": valid site configuration\n"
                    + project.resolve("cases/behaviour.yaml")
                    + ": valid policy test cases\n"),
        check.out());

    CliRun test =
        CliRun.of(
            "test",
            "--policy",
            project.resolve("policy.yaml").toString(),
            project.resolve("cases").toString());
    assertEquals(ExitCodes.SUCCESS, test.exit(), test.out() + test.err());
    assertFalse(test.out().contains("FAIL"), test.out());
    assertTrue(test.out().endsWith("15 passed, 0 failed\n"), test.out());
  }

  @Test
  void theSampleCasesCatchAChangeThatMovesTheirCustomers() throws IOException {
    Path project = temp.resolve("p");
    assertEquals(ExitCodes.SUCCESS, CliRun.of("init", project.toString()).exit());
    Path policy = project.resolve("policy.yaml");
    Files.writeString(
        policy,
        TextEdit.replaced(
            Files.readString(policy),
            "low_risk:      {low_value: KEEP,            medium_value: KEEP,            high_value: NURTURE}",
            "low_risk:      {low_value: KEEP,            medium_value: KEEP,            high_value: KEEP}"));
    CliRun test =
        CliRun.of("test", "--policy", policy.toString(), project.resolve("cases").toString());
    assertEquals(ExitCodes.CHECKS_FAILED, test.exit(), test.out() + test.err());
    assertTrue(test.out().contains("  FAIL  C0000001 stays NURTURE  ("), test.out());
    assertTrue(test.out().contains("  FAIL  a best customer is nurtured  ("), test.out());
  }

  @Test
  void refusesADirectoryThatIsNotEmptyAndOverwritesNothing() throws IOException {
    Path project = Files.createDirectories(temp.resolve("taken"));
    Path mine = Files.writeString(project.resolve("policy.yaml"), "mine");
    CliRun run = CliRun.of("init", project.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exit());
    assertEquals(
        project
            + " exists and is not an empty directory (expected a new or empty directory): nothing was written\n",
        run.err());
    assertEquals("mine", Files.readString(mine));
    try (var files = Files.list(project)) {
      assertEquals(1, files.count());
    }
    try (var files = Files.list(temp)) {
      assertEquals(1, files.count(), "no staging directory left behind");
    }
    assertEquals(
        ExitCodes.SUCCESS,
        CliRun.of("init", Files.createDirectories(temp.resolve("empty")).toString()).exit());
  }

  @Test
  void everyKeyOfBothSchemasHasADescription() throws IOException {
    for (String kind : List.of("policy", "cases", "site")) {
      CliRun run = CliRun.of("schema", "--for", kind);
      assertEquals(ExitCodes.SUCCESS, run.exit());
      List<String> missing = new java.util.ArrayList<>();
      undescribed(new ObjectMapper().readTree(run.out()), "", missing);
      assertEquals(List.of(), missing, kind);
    }
  }

  /** Keys under "properties" without a description, wherever they are in the schema. */
  private static void undescribed(JsonNode node, String path, List<String> missing) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        properties
            .properties()
            .forEach(
                p -> {
                  if (!p.getValue().has("description")) {
                    missing.add(path + "." + p.getKey());
                  }
                });
      }
      node.properties().forEach(f -> undescribed(f.getValue(), path + "/" + f.getKey(), missing));
    } else if (node.isArray()) {
      node.forEach(item -> undescribed(item, path + "[]", missing));
    }
  }
}
