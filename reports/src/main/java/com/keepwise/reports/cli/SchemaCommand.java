package com.keepwise.reports.cli;

import com.keepwise.scoring.policy.PolicySchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code keepwise schema}: the policy file's JSON Schema. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema of the policy file, with a description for every key, for editors.",
      "In VS Code (YAML extension), put '# yaml-language-server: $schema=policy.schema.json' at the top of the policy."
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(PolicySchema.json());
    spec.commandLine().getOut().flush();
    return ExitCodes.SUCCESS;
  }
}
