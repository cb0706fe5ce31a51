package com.keepwise.reports.cli;

import com.keepwise.reports.dataset.DatasetSchema;
import com.keepwise.reports.policytest.CaseSchema;
import com.keepwise.reports.site.SiteSchema;
import com.keepwise.scoring.policy.PolicySchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keepwise schema}: the policy file's JSON Schema. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema of the policy file (or with --for, of policy test-case files, site.yaml or dataset.yaml), with a"
          + " description for every key, for editors.",
      "In VS Code (YAML extension), put '# yaml-language-server: $schema=policy.schema.json' at the top of the policy."
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The kinds of file there is a schema for. */
  enum Kind {
    policy,
    cases,
    site,
    dataset
  }

  @Option(
      names = "--for",
      paramLabel = "KIND",
      defaultValue = "policy",
      description =
          "policy (the default), cases (policy test-case files), site (site.yaml) or dataset (dataset.yaml).")
  Kind kind;

  @Override
  public Integer call() {
    String schema =
        switch (kind) {
          case policy -> PolicySchema.json();
          case cases -> CaseSchema.json();
          case site -> SiteSchema.json();
          case dataset -> DatasetSchema.json();
        };
    spec.commandLine().getOut().print(schema);
    spec.commandLine().getOut().flush();
    return ExitCodes.SUCCESS;
  }
}
