package com.keepwise.reports.starter;

import com.keepwise.domain.decision.Action;
import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.generate.SyntheticDataset;
import com.keepwise.reports.policytest.CaseSchema;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.site.SiteSchema;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.policy.PolicySchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A ready project for keeping a customer policy in version control ({@code keepwise init}): the
 * commented default policy, a site configuration, a small sample dataset, policy tests that pass,
 * the schemas for editors, and CI and pre-commit examples that run check, test and diff.
 */
public final class StarterProject {

  /**
   * The sample dataset's size and seed: small enough to read, every persona present, the same every
   * time.
   */
  public static final int SAMPLE_CUSTOMERS = 40;

  public static final long SAMPLE_SEED = 2026;

  private static final String RESOURCES = "/com/keepwise/reports/starter/";

  /** Files copied as they are: resource name → path in the project. */
  private static final Map<String, String> COPIED = new java.util.LinkedHashMap<>();

  static {
    COPIED.put("README.md", "README.md");
    COPIED.put("site.yaml", "site.yaml");
    COPIED.put("gitignore", ".gitignore");
    COPIED.put("cases/behaviour.yaml", "cases/behaviour.yaml");
    COPIED.put("vscode/settings.json", ".vscode/settings.json");
    COPIED.put("github/keepwise.yml", ".github/workflows/keepwise.yml");
    COPIED.put("ci/keepwise-checks.sh", "ci/keepwise-checks.sh");
    COPIED.put("hooks/pre-commit", "hooks/pre-commit");
  }

  private static final List<String> EXECUTABLE =
      List.of("ci/keepwise-checks.sh", "hooks/pre-commit");

  private StarterProject() {}

  /**
   * Writes the project into {@code dir}, which must be empty (the caller checks); returns the files
   * written, relative to it, in order.
   */
  public static List<String> write(Path dir) throws IOException {
    List<String> written = new ArrayList<>();
    write(
        dir,
        "policy.yaml",
        "# yaml-language-server: $schema=schemas/policy.schema.json\n"
            + PolicyLoader.defaultPolicyText(),
        written);
    COPIED.forEach(
        (resource, path) -> {
          try {
            write(dir, path, resource(resource), written);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    write(dir, "schemas/policy.schema.json", PolicySchema.json(), written);
    write(dir, "schemas/cases.schema.json", CaseSchema.json(), written);
    write(dir, "schemas/site.schema.json", SiteSchema.json(), written);
    SyntheticDataset.write(
        Files.createDirectories(dir.resolve("data")), SAMPLE_CUSTOMERS, SAMPLE_SEED);
    try (var files = Files.list(dir.resolve("data"))) {
      files.map(f -> "data/" + f.getFileName()).sorted().forEach(written::add);
    }
    write(dir, "cases/sample-data.yaml", sampleCases(dir.resolve("data")), written);
    for (String script : EXECUTABLE) {
      executable(dir.resolve(script));
    }
    return written;
  }

  /**
   * A case per action for the sample dataset's first customer (by customer_id) with that action, as
   * the default policy decides today: a change that moves one of them fails its case.
   */
  static String sampleCases(Path data) throws IOException {
    LoadedPolicy policy = PolicyLoader.defaultPolicy();
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), policy);
    Map<Action, Assessment> first = new EnumMap<>(Action.class);
    for (int i = 0; i < review.size(); i++) {
      Assessment a = review.assess(i);
      first.putIfAbsent(a.decision().action(), a);
    }
    StringBuilder yaml = new StringBuilder();
    yaml.append("# yaml-language-server: $schema=../schemas/cases.schema.json\n")
        .append("#\n")
        .append(
            "# Customers of the sample dataset (data/), as the policy judged them when this project was created:\n")
        .append(
            "# the first customer of each action. A policy change that moves one of them fails its case, so the\n")
        .append(
            "# move is either a mistake or made on purpose, with the case updated in the same change.\n")
        .append("cases:\n");
    for (Action action : EnumSet.allOf(Action.class)) {
      Assessment a = first.get(action);
      if (a == null) {
        continue;
      }
      String id = a.customer().id().value();
      yaml.append("  - name: ")
          .append(quoted(id + " stays " + action.name()))
          .append('\n')
          .append("    dataset: ../data\n")
          .append("    customer_id: ")
          .append(quoted(id))
          .append('\n')
          .append("    expect:\n")
          .append("      action: ")
          .append(action.name())
          .append('\n')
          .append("      rule: ")
          .append(a.decision().rule().orElse("none"))
          .append('\n');
    }
    return yaml.toString();
  }

  /** A YAML single-quoted scalar: any text, quotes doubled. */
  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StarterProject.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void write(Path dir, String path, String text, List<String> written)
      throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
    written.add(path);
  }

  private static void executable(Path file) throws IOException {
    try {
      // Executable by whoever may read it, as chmod +x does: the file's read bits came from the
      // umask.
      var permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
      permissions.add(PosixFilePermission.OWNER_EXECUTE);
      if (permissions.contains(PosixFilePermission.GROUP_READ)) {
        permissions.add(PosixFilePermission.GROUP_EXECUTE);
      }
      if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
        permissions.add(PosixFilePermission.OTHERS_EXECUTE);
      }
      Files.setPosixFilePermissions(file, permissions);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): git and sh run the scripts all the same.
    }
  }
}
