package com.keepwise.reports.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code keepwise.jar} as users get it, after {@code package}: it leaves out the ICU
 * data the product never uses, and every language still formats as it does in the build.
 */
class ShippedJarIT {

  private static final Path JAR = Path.of("target", "keepwise.jar");

  @Test
  void leavesOutIcuDataTheProductNeverUses() throws IOException {
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      List<String> icuData =
          jar.stream()
              .map(e -> e.getName())
              .filter(name -> name.startsWith("com/ibm/icu/impl/data/"))
              .toList();
      for (String unused :
          List.of("/coll/", "/brkitr/", "/translit/", "/rbnf/", "/unit/", "/lang/", "/region/")) {
        assertTrue(
            icuData.stream().noneMatch(name -> name.contains(unused)), unused + " is shipped");
      }
      // What formatting needs is still there: plural rules, currencies, the languages' own data.
      for (String used :
          List.of(
              "icudata/plurals.res",
              "icudata/curr/",
              "icudata/fa.res",
              "icudata/ja.res",
              "icudata/pl.res")) {
        assertTrue(icuData.stream().anyMatch(name -> name.contains(used)), used + " is missing");
      }
    }
  }

  @Test
  void theSameJarAnywhereMakesTheSameSiteToTheByte(@TempDir Path temp)
      throws IOException, InterruptedException {
    Path copy = Files.copy(JAR, temp.resolve("elsewhere.jar"));
    Files.setLastModifiedTime(copy, FileTime.fromMillis(86_400_000L));
    Path here = temp.resolve("here");
    Path there = temp.resolve("there");
    run(JAR, "demo", "--out", here.toString());
    run(copy, "demo", "--out", there.toString());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(here)) {
      files = walk.filter(Files::isRegularFile).map(here::relativize).sorted().toList();
    }
    assertTrue(files.contains(Path.of(".keepwise-pages")), files.toString());
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(here.resolve(file)),
          Files.readAllBytes(there.resolve(file)),
          file + "");
    }
  }

  private static void run(Path jar, String... args) throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "keepwise did not finish");
    assertEquals(0, process.exitValue(), printed);
  }

  @Test
  void everyLanguageFormatsFromTheJarAsInTheBuild() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = JAR + File.pathSeparator + Path.of("target", "test-classes");
    Process process =
        new ProcessBuilder(java, "-cp", classPath, LocaleFormatsSample.class.getName())
            .redirectErrorStream(true)
            .start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the sample did not finish");
    assertEquals(0, process.exitValue(), printed);
    List<String> fromJar = printed.lines().toList();
    assertFalse(fromJar.isEmpty());
    assertEquals(LocaleFormatsSample.lines(), fromJar);
  }
}
