package com.keepwise.reports.cli;

import com.keepwise.reports.dataset.MappingProposal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keepwise map}: a starting dataset.yaml mapping a folder of a client's exports onto the
 * data contract.
 */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = {
      "Look at a folder of a client's exports (.csv, .tsv, .txt, .xlsx) and propose a dataset.yaml whose sources:"
          + " map them onto the data contract: each file's kind, separator, decimal mark, date and datetime patterns,"
          + " a header for every contract column (headers in English, Swedish, Norwegian, Polish, Japanese and"
          + " Persian are recognised) and words for codes and yes/no values. What could not be matched is marked TODO.",
      "Edit the proposal, then run check --data DIR. An existing dataset.yaml is never overwritten: use --out."
    })
final class MapCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      description = "The folder of exports; it becomes the dataset directory.")
  Path dir;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Where to write the proposal; - for standard output. Default: DIR/dataset.yaml, when there is none yet.")
  String out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw InvalidInputException.of(dir + ": no such directory (expected a folder of exports)");
    }
    String proposal = MappingProposal.propose(dir);
    PrintWriter console = spec.commandLine().getOut();
    if ("-".equals(out)) {
      console.print(proposal);
      console.flush();
      return ExitCodes.SUCCESS;
    }
    Path target = out != null ? Path.of(out) : dir.resolve("dataset.yaml");
    if (out == null && Files.exists(target)) {
      throw InvalidInputException.of(
          target
              + ": already exists, and is left as it is (expected --out FILE, or --out - to"
              + " print the proposal)");
    }
    AtomicFile.write(target, stream -> stream.write(proposal.getBytes(StandardCharsets.UTF_8)));
    long todo =
        proposal.lines().filter(line -> line.startsWith(" ") && line.contains("TODO")).count();
    console.printf(
        "Wrote %s: %d %s mapped%s%n",
        target,
        proposal.lines().filter(l -> l.matches("  [a-z_]+:")).count(),
        proposal.lines().filter(l -> l.matches("  [a-z_]+:")).count() == 1 ? "file" : "files",
        todo == 0 ? "" : ", " + todo + " TODO " + (todo == 1 ? "line" : "lines") + " to finish");
    console.println("Next: check it, then run keepwise check --data " + dir);
    console.flush();
    return ExitCodes.SUCCESS;
  }
}
