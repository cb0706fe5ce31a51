package com.keepwise.reports.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code keepwise} command: the distribution's {@code bin/keepwise} finds Java through
 * JAVA_HOME or PATH, and the repository's {@code ./keepwise} runs the jar {@code package} built.
 */
class LauncherIT {

  @TempDir static Path temp;
  static Path bin;

  /** A PATH with the few programs the launcher uses and no java. */
  static Path tools;

  @BeforeAll
  static void unpack() throws Exception {
    Assumptions.assumeTrue(File.separatorChar == '/', "sh launchers");
    bin = Distribution.unpack(Files.createDirectories(temp.resolve("dist")));
    tools = Files.createDirectories(temp.resolve("tools"));
    for (String tool : List.of("sh", "readlink", "dirname", "du")) {
      Files.createSymbolicLink(tools.resolve(tool), which(tool));
    }
  }

  record Run(int exit, String output) {}

  static Run run(Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), output);
    return new Run(process.exitValue(), output);
  }

  static Path which(String program) {
    for (String dir :
        System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(program + " is not on PATH");
  }

  static String javaHome() {
    return System.getProperty("java.home");
  }

  @Test
  void theLauncherUsesJavaHome() throws Exception {
    Run run =
        run(
            Map.of("JAVA_HOME", javaHome(), "PATH", tools.toString()),
            bin.resolve("keepwise").toString(),
            "--version");
    assertEquals(0, run.exit(), run.output());
    assertTrue(run.output().startsWith("keepwise "), run.output());
  }

  @Test
  void withoutJavaHomeTheLauncherUsesTheJavaOnPath() throws Exception {
    Path javaDir = Files.createDirectories(temp.resolve("java-on-path"));
    if (!Files.exists(javaDir.resolve("java"))) {
      Files.createSymbolicLink(javaDir.resolve("java"), Path.of(javaHome(), "bin", "java"));
    }
    Run run =
        run(
            Map.of("PATH", tools + File.pathSeparator + javaDir),
            bin.resolve("keepwise").toString(),
            "--version");
    assertEquals(0, run.exit(), run.output());
    assertTrue(run.output().startsWith("keepwise "), run.output());
  }

  @Test
  void withoutAnyJavaTheLauncherSaysWhatToDo() throws Exception {
    Run run =
        run(Map.of("PATH", tools.toString()), bin.resolve("keepwise").toString(), "--version");
    assertEquals(1, run.exit(), run.output());
    assertEquals(
        "keepwise: no Java found: set JAVA_HOME to a Java 17 or newer, or put its java on PATH\n",
        run.output());

    Run wrongHome =
        run(
            Map.of("PATH", tools.toString(), "JAVA_HOME", temp.toString()),
            bin.resolve("keepwise").toString(),
            "--version");
    assertEquals(1, wrongHome.exit(), wrongHome.output());
    assertTrue(
        wrongHome
            .output()
            .startsWith("keepwise: JAVA_HOME is " + temp + ", but it has no bin/java"),
        wrongHome.output());
  }

  @Test
  void aLinkToTheLauncherRunsTheTool() throws Exception {
    Path links = Files.createDirectories(temp.resolve("links"));
    Files.createSymbolicLink(links.resolve("keepwise"), bin.resolve("keepwise"));
    Run run =
        run(
            Map.of("JAVA_HOME", javaHome(), "PATH", tools + File.pathSeparator + links),
            "sh",
            "-c",
            "keepwise check --help");
    assertEquals(0, run.exit(), run.output());
    assertTrue(run.output().startsWith("Usage: keepwise check"), run.output());
  }

  @Test
  void theRepositorysKeepwiseScriptRunsTheBuiltJar() throws Exception {
    Path script = Distribution.root().resolve("keepwise");
    Path links = Files.createDirectories(temp.resolve("root-links"));
    Files.createSymbolicLink(links.resolve("keepwise"), script);
    Run run =
        run(
            Map.of("JAVA_HOME", javaHome(), "PATH", tools + File.pathSeparator + links),
            "sh",
            "-c",
            "keepwise --version");
    assertEquals(0, run.exit(), run.output());
    assertTrue(run.output().startsWith("keepwise "), run.output());
  }

  static Path defaultPolicy() {
    return Distribution.root()
        .resolve("scoring/src/main/resources/com/keepwise/scoring/policy/default-policy.yaml");
  }

  /** Classes a run loaded from the top layer of a class-data sharing archive (AppCDS). */
  static long sharedClasses(Path log) throws Exception {
    try (var lines = Files.lines(log)) {
      return lines.filter(l -> l.contains("source: shared objects file (top)")).count();
    }
  }

  /** A run of the repository's ./keepwise that logs where each class it loads comes from. */
  static Run runLoggingClasses(Path log, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(Distribution.root().resolve("keepwise").toString());
    command.addAll(List.of(args));
    return run(
        Map.of(
            "JAVA_HOME", javaHome(),
            "PATH", tools.toString(),
            "JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
        command.toArray(String[]::new));
  }

  @Test
  void theRepositorysKeepwiseStartsFromTheClassDataArchiveTheBuildMade() throws Exception {
    Path archive = Path.of("target/keepwise.jsa").toAbsolutePath();
    assertTrue(Files.isRegularFile(archive), "package made no " + archive);
    Path log = temp.resolve("classes.log");
    Run run = runLoggingClasses(log, "check", defaultPolicy().toString());
    assertEquals(0, run.exit(), run.output());
    assertEquals(defaultPolicy() + ": valid policy\n", run.output());
    // Every class of Keepwise and its libraries that check needs comes from the archive.
    assertTrue(sharedClasses(log) > 2000, "classes from the archive: " + sharedClasses(log));
  }

  @Test
  void theArchiveServesTheCommandsThatReadDataAndMakeSitesToo() throws Exception {
    Path log = temp.resolve("demo-classes.log");
    Run run = runLoggingClasses(log, "demo", "--out", temp.resolve("demo-site").toString());
    assertEquals(0, run.exit(), run.output());
    List<String> fromArchive;
    try (var lines = Files.lines(log)) {
      fromArchive =
          lines
              .filter(l -> l.contains("source: shared objects file (top)"))
              .map(l -> l.replaceAll(".*\\] (\\S+) source.*", "$1"))
              .toList();
    }
    for (String type :
        List.of(
            "com.keepwise.reports.dataset.Table",
            "com.keepwise.scoring.decide.Scorer",
            "com.keepwise.reports.site.SiteBuilder",
            "freemarker.core.Environment",
            "com.openhtmltopdf.pdfboxout.PdfBoxRenderer")) {
      assertTrue(fromArchive.contains(type), type + " was not in the archive");
    }
  }

  @Test
  void aMissingStaleOrForeignArchiveIsIgnoredSilently() throws Exception {
    Path lib = Files.createDirectories(temp.resolve("moved/lib"));
    Path jar = Files.copy(Path.of("target/keepwise.jar"), lib.resolve("keepwise.jar"));
    Map<String, String> env =
        Map.of("JAVA_HOME", javaHome(), "PATH", tools.toString(), "KEEPWISE_JAR", jar.toString());
    String valid = defaultPolicy() + ": valid policy\n";
    Run missing = run(env, bin.resolve("keepwise").toString(), "check", defaultPolicy().toString());
    assertEquals(new Run(0, valid), missing);
    // Made for the jar where it was built: the JVM refuses it for this copy, and says nothing.
    Files.copy(Path.of("target/keepwise.jsa"), lib.resolve("keepwise.jsa"));
    Run moved = run(env, bin.resolve("keepwise").toString(), "check", defaultPolicy().toString());
    assertEquals(new Run(0, valid), moved);
    // Not an archive at all.
    Files.write(lib.resolve("keepwise.jsa"), new byte[] {1, 2, 3, 4});
    Run garbage = run(env, bin.resolve("keepwise").toString(), "check", defaultPolicy().toString());
    assertEquals(new Run(0, valid), garbage);
  }

  @Test
  void anotherJavaIgnoresTheArchiveSilently() throws Exception {
    Path other = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    Assumptions.assumeTrue(Files.isExecutable(other.resolve("bin/java")), "no second Java here");
    Run run =
        run(
            Map.of("JAVA_HOME", other.toString(), "PATH", tools.toString()),
            Distribution.root().resolve("keepwise").toString(),
            "check",
            defaultPolicy().toString());
    assertEquals(0, run.exit(), run.output());
    // (Java 25 warns on stderr that JLine loads a native library; that is not the archive's.)
    assertTrue(run.output().contains(defaultPolicy() + ": valid policy\n"), run.output());
    assertFalse(run.output().contains("shared archive"), run.output());
    assertFalse(run.output().contains("[cds"), run.output());
  }

  /** The JIT tier a run of the distribution's launcher with these arguments is limited to. */
  static String tieredStopAtLevel(String... args) throws Exception {
    return finalFlag("TieredStopAtLevel", args);
  }

  /** The value of a JVM flag in a run of the distribution's launcher with these arguments. */
  static String finalFlag(String flag, String... args) throws Exception {
    return finalFlagWith("", flag, args);
  }

  /** The same, with {@code options} in JAVA_OPTS too. */
  static String finalFlagWith(String options, String flag, String... args) throws Exception {
    return finalFlagOn(tools, options, flag, args);
  }

  /** The same, with only the programs of {@code path} to use. */
  static String finalFlagOn(Path path, String options, String flag, String... args)
      throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(bin.resolve("keepwise").toString()));
    command.addAll(List.of(args));
    Run run =
        run(
            Map.of(
                "JAVA_HOME",
                javaHome(),
                "PATH",
                path.toString(),
                "JAVA_OPTS",
                (options + " -XX:+PrintFlagsFinal").strip()),
            command.toArray(String[]::new));
    return run.output()
        .lines()
        .filter(l -> l.contains(" " + flag + " "))
        .map(l -> l.replaceAll(".*= *(\\S+).*", "$1"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(run.output()));
  }

  @Test
  void runsOverLittleDataUseTheQuickCompilerAloneAndLongerRunsBoth() throws Exception {
    Path small = Files.createDirectories(temp.resolve("small-data"));
    Files.writeString(small.resolve("customers.csv"), "customer_id,name\n");
    Path large = Files.createDirectories(temp.resolve("large-data"));
    Files.write(large.resolve("invoices.csv"), new byte[65 * 1024 * 1024]); // past 64 MB
    // The check of files and the policy tests: C1 alone, on one thread, the serial collector.
    assertEquals("1", tieredStopAtLevel("check", defaultPolicy().toString()));
    assertEquals("1", finalFlag("CICompilerCount", "check", defaultPolicy().toString()));
    assertEquals("1", tieredStopAtLevel("test", temp.toString()));
    assertEquals("1", finalFlag("CICompilerCount", "test", temp.toString()));
    assertEquals("true", finalFlag("UseSerialGC", "test", temp.toString()));
    // Cases over a large dataset: JAVA_OPTS asks for both compilers, and gets a dataset run's.
    assertEquals(
        "true", finalFlagWith("-XX:TieredStopAtLevel=4", "UseParallelGC", "test", temp.toString()));
    // Runs that read a dataset: C1 alone over a small one, both compilers over a large one.
    assertEquals("1", tieredStopAtLevel("check", "--data", small.toString()));
    assertNotEquals("1", finalFlag("CICompilerCount", "check", "--data", small.toString()));
    assertEquals("1", tieredStopAtLevel("score", "--data=" + small));
    assertEquals("1", tieredStopAtLevel("site", "--data", small.toString()));
    assertEquals("4", tieredStopAtLevel("site", "--data", large.toString()));
    Path link = temp.resolve("link-to-large-data");
    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(link, large);
    }
    assertEquals(
        "4", tieredStopAtLevel("site", "--data", link.toString()), "measured, not the link");
    assertEquals("1", tieredStopAtLevel("score", "--data", large.toString())); // up to 256 MB
    assertEquals("1", tieredStopAtLevel("demo", "--out", temp.resolve("demo").toString()));
    // A site configuration's dataset, relative to the file, quoted or not, with a comment or not.
    Path config = temp.resolve("configs/site.yaml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "title: Review\ndataset: ../large-data\n");
    assertEquals("4", tieredStopAtLevel("site", "--config", config.toString()));
    for (String line :
        List.of("dataset: '../small-data'", "dataset:\t\"../small-data\"  # the exports")) {
      Files.writeString(config, "title: Review\n" + line + "\n");
      assertEquals("1", tieredStopAtLevel("site", "--config=" + config), line);
    }
    // Data not found, or no du to measure it: both compilers.
    assertEquals("4", tieredStopAtLevel("site", "--data", temp.resolve("nowhere").toString()));
    Path noDu = Files.createDirectories(temp.resolve("tools-without-du"));
    for (String tool : List.of("sh", "readlink", "dirname")) {
      if (!Files.exists(noDu.resolve(tool))) {
        Files.createSymbolicLink(noDu.resolve(tool), which(tool));
      }
    }
    assertEquals(
        "4", finalFlagOn(noDu, "", "TieredStopAtLevel", "site", "--data", small.toString()));
    assertEquals("4", tieredStopAtLevel("--version"));
    assertEquals("4", tieredStopAtLevel("generate", "--customers", "10"));
    // With both, reading and scoring a large dataset keep C2 to their hottest methods; a site not.
    String nowhere = temp.resolve("nowhere").toString();
    assertEquals("50000", finalFlag("Tier4InvocationThreshold", "score", "--data", nowhere));
    assertEquals("50000", finalFlag("Tier4InvocationThreshold", "check", "--data", nowhere));
    assertEquals("5000", finalFlag("Tier4InvocationThreshold", "site", "--data", nowhere));
    assertEquals(
        "7000",
        finalFlagWith(
            "-XX:Tier4InvocationThreshold=7000",
            "Tier4InvocationThreshold",
            "score",
            "--data",
            nowhere));
    assertEquals(
        "15000",
        finalFlagWith(
            "-XX:Tier4InvocationThreshold=7000",
            "Tier4CompileThreshold",
            "score",
            "--data",
            nowhere),
        "JAVA_OPTS choosing one compiler option leaves the others to Java");
  }

  @Test
  void runsUseHugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
    Path mode = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean onRequest = Files.isReadable(mode) && Files.readString(mode).contains("[madvise]");
    assertEquals(String.valueOf(onRequest), finalFlag("UseTransparentHugePages", "--version"));
  }

  @Test
  void datasetRunsUseTheParallelCollectorSitesAndTheQuickCheckTheSerialOneUnlessJavaOptsChoosesOne()
      throws Exception {
    assertEquals("true", finalFlag("UseParallelGC", "--version"));
    assertEquals("true", finalFlag("UseParallelGC", "check", "--data", temp.toString()));
    // The tallies of a read live to the end: promoted at once, not copied among the survivors.
    assertEquals("1", finalFlag("MaxTenuringThreshold", "score", "--data", temp.toString()));
    assertEquals("15", finalFlag("MaxTenuringThreshold", "site", "--data", temp.toString()));
    // Where JAVA_OPTS sets what the launcher sets too, JAVA_OPTS wins.
    assertEquals(
        "4",
        finalFlagWith(
            "-XX:MaxTenuringThreshold=4",
            "MaxTenuringThreshold",
            "score",
            "--data",
            temp.toString()));
    assertEquals(
        "4",
        finalFlagWith(
            "-XX:TieredStopAtLevel=4", "TieredStopAtLevel", "check", defaultPolicy().toString()));
    // The quick check of files, a few tens of megabytes, has the serial collector.
    assertEquals("false", finalFlag("UseParallelGC", "check", defaultPolicy().toString()));
    assertEquals("true", finalFlag("UseSerialGC", "check", defaultPolicy().toString()));
    // A site keeps little alive: the serial collector keeps its heap near that.
    assertEquals("true", finalFlag("UseSerialGC", "site", "--data", temp.toString()));
    assertEquals(
        "true", finalFlag("UseSerialGC", "demo", "--out", temp.resolve("demo").toString()));
    assertEquals("false", finalFlag("UseSerialGC", "score", "--data", temp.toString()));
    assertEquals("true", finalFlagWith("-XX:+UseG1GC", "UseG1GC", "--version"));
    assertEquals("false", finalFlagWith("-XX:+UseG1GC", "UseParallelGC", "--version"));
    assertEquals(
        "false", finalFlagWith("-XX:+UseG1GC", "UseSerialGC", "check", defaultPolicy().toString()));
  }
}
