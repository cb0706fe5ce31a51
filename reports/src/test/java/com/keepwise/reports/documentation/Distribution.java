package com.keepwise.reports.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The distribution archive that {@code package} made, unpacked: {@code bin/keepwise} and its jar.
 */
final class Distribution {

  private Distribution() {}

  /** The repository's root (tests run in the reports module's directory). */
  static Path root() {
    return Path.of("").toAbsolutePath().getParent();
  }

  /** The archive {@code package} made in reports/target. */
  static Path archive() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      List<Path> archives =
          files.filter(f -> f.getFileName().toString().matches("keepwise-.*\\.tar\\.gz")).toList();
      assertEquals(1, archives.size(), "one distribution archive in reports/target: " + archives);
      return archives.get(0);
    }
  }

  /** Unpacks the archive into {@code dir} and returns its {@code bin/} directory. */
  static Path unpack(Path dir) throws IOException, InterruptedException {
    Process tar =
        new ProcessBuilder(
                "tar", "xzf", archive().toAbsolutePath().toString(), "-C", dir.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(tar.waitFor(2, TimeUnit.MINUTES) && tar.exitValue() == 0, "tar: " + output);
    try (Stream<Path> top = Files.list(dir)) {
      Path home =
          top.filter(p -> p.getFileName().toString().startsWith("keepwise-"))
              .findFirst()
              .orElseThrow();
      return home.resolve("bin");
    }
  }
}
