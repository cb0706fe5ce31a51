package com.keepwise.reports.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's and docs/'s commands work as written. Each document's shell blocks ({@code bash},
 * {@code sh}, {@code shell}) run in order in one shell, in a new empty directory, with the
 * distribution's {@code bin/keepwise} on PATH, as a reader following the page would run them; any
 * command failing fails the document. {@code console} blocks show commands after {@code $ } and
 * what they print: the output must match (a line {@code …} stands for any lines, a {@code …} in a
 * line for any text). A block marked {@code no-run} (```` ```bash no-run ````) is not run: keep it
 * for commands that cannot run here, such as building this repository.
 *
 * <p>Runs after {@code package} (failsafe), which made the distribution archive.
 */
class DocumentationIT {

  /** A document's commands together; the demo site alone takes 10–20 s on a busy machine. */
  private static final long MINUTES_PER_DOCUMENT = 10;

  @TempDir static Path temp;
  static Path bin;

  @BeforeAll
  static void unpackTheDistribution() throws Exception {
    Assumptions.assumeTrue(File.separatorChar == '/', "shell blocks need a Unix shell");
    bin = Distribution.unpack(Files.createDirectories(temp.resolve("dist")));
  }

  static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>();
    documents.add(Distribution.root().resolve("README.md"));
    try (Stream<Path> docs = Files.list(Distribution.root().resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  @TestFactory
  Stream<DynamicTest> everyShellBlockOfTheDocsRunsAsWritten() throws IOException {
    return documents().stream()
        .map(
            doc ->
                DynamicTest.dynamicTest(
                    Distribution.root().relativize(doc).toString(), () -> run(doc)));
  }

  private void run(Path doc) throws Exception {
    String name = Distribution.root().relativize(doc).toString();
    List<FencedBlock> blocks =
        FencedBlock.of(name, Files.readString(doc)).stream().filter(FencedBlock::runs).toList();
    if (blocks.isEmpty()) {
      return;
    }
    String slug = name.replaceAll("[^A-Za-z0-9]+", "-");
    Path work = Files.createDirectories(temp.resolve("work-" + slug));
    Path home = Files.createDirectories(temp.resolve("home-" + slug));
    Path outputs = Files.createDirectories(temp.resolve("outputs-" + slug));
    Path marker = outputs.resolve("block");
    // A reader's git knows who they are; nothing else of a developer's set-up (init.defaultBranch)
    // leaks in.
    Files.writeString(
        home.resolve(".gitconfig"), "[user]\n\tname = Doc Reader\n\temail = reader@example.com\n");

    StringBuilder script = new StringBuilder("set -e -o pipefail\n");
    List<Sample> samples = new ArrayList<>();
    for (FencedBlock block : blocks) {
      if (block.isConsole()) {
        for (FencedBlock.Command command : block.commands()) {
          Path printed = outputs.resolve("sample-" + samples.size());
          samples.add(new Sample(block, command, printed));
          script
              .append(mark(marker, block))
              .append("{\n")
              .append(command.command())
              .append("\n} > ")
              .append(quoted(printed))
              .append(" 2>&1 || true\n");
        }
      } else {
        script.append(mark(marker, block)).append(block.text());
      }
    }
    Path scriptFile = outputs.resolve("script.sh");
    Files.writeString(scriptFile, script);
    Path log = outputs.resolve("log");

    ProcessBuilder bash =
        new ProcessBuilder("bash", scriptFile.toString())
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = bash.environment();
    env.keySet()
        .removeIf(
            k ->
                k.startsWith("GIT_")
                    || k.equals("KEEPWISE")
                    || k.equals("BASE")
                    || k.equals("FAIL_OVER"));
    env.put("HOME", home.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("PATH", bin + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
    Process process = bash.start();
    process.getOutputStream().close();
    if (!process.waitFor(MINUTES_PER_DOCUMENT, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail(
          name
              + ": still running after "
              + MINUTES_PER_DOCUMENT
              + " minutes, in the block at "
              + readMarker(marker)
              + "\n"
              + tail(log));
    }
    if (process.exitValue() != 0) {
      fail(
          "a command of the block at "
              + readMarker(marker)
              + " exited "
              + process.exitValue()
              + "; the last lines it printed:\n"
              + tail(log));
    }
    List<String> mismatches = new ArrayList<>();
    for (Sample sample : samples) {
      List<String> printed = Files.readAllLines(sample.printed(), StandardCharsets.UTF_8);
      if (!SampleOutput.matches(sample.command().expected(), printed)) {
        mismatches.add(
            sample.block().where()
                + ": $ "
                + sample.command().command()
                + "\n  the document shows:\n    "
                + String.join("\n    ", sample.command().expected())
                + "\n  it printed:\n    "
                + String.join("\n    ", printed));
      }
    }
    assertEquals(List.of(), mismatches, "sample outputs that differ from what the commands print");
    if (name.equals("README.md")) {
      assertOutputsIgnored(work);
    }
  }

  /** What the README's commands write, written in the repository's root, is ignored by git. */
  private static void assertOutputsIgnored(Path work) throws Exception {
    Assumptions.assumeTrue(Files.exists(Distribution.root().resolve(".git")), "a git checkout");
    List<String> notIgnored = new ArrayList<>();
    try (Stream<Path> written = Files.list(work)) {
      for (Path path : written.sorted().toList()) {
        String entry = path.getFileName() + (Files.isDirectory(path) ? "/" : "");
        Process check =
            new ProcessBuilder("git", "check-ignore", "--no-index", "-q", entry)
                .directory(Distribution.root().toFile())
                .redirectErrorStream(true)
                .start();
        check.getInputStream().readAllBytes();
        if (check.waitFor() != 0) {
          notIgnored.add(entry);
        }
      }
    }
    assertEquals(
        List.of(), notIgnored, "outputs of the README's commands that .gitignore does not ignore");
  }

  private record Sample(FencedBlock block, FencedBlock.Command command, Path printed) {}

  private static String mark(Path marker, FencedBlock block) {
    return "printf '%s\\n' " + quoted(block.where()) + " > " + quoted(marker) + "\n";
  }

  private static String quoted(Object text) {
    return "'" + text.toString().replace("'", "'\\''") + "'";
  }

  private static String readMarker(Path marker) throws IOException {
    return Files.exists(marker) ? Files.readString(marker).strip() : "(none yet)";
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
