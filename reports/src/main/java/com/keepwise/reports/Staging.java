package com.keepwise.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** Directories built aside and moved into place whole, so that a failure leaves nothing half-written. */
public final class Staging {

  private Staging() {}

  /** What goes into a new directory. */
  @FunctionalInterface
  public interface Contents<T> {
    T writeInto(Path dir) throws IOException;
  }

  /**
   * Writes a new directory at {@code target} — which must not exist or be empty — aside, and moves
   * it into place only when {@code contents} has written all of it.
   *
   * @throws TargetInUse when {@code target} is a file or a directory with something in it; nothing is written
   */
  public static <T> T newDirectory(Path target, String purpose, Contents<T> contents) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && (!Files.isDirectory(absolute) || !isEmpty(absolute))) {
      throw new TargetInUse(target);
    }
    Files.createDirectories(absolute.getParent());
    Path staging = beside(absolute, purpose);
    try {
      T written = contents.writeInto(staging);
      Files.deleteIfExists(absolute);
      Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
      return written;
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
  }

  /** The target of {@link #newDirectory} holds something already. */
  public static final class TargetInUse extends IOException {
    TargetInUse(Path target) {
      super(target + " exists and is not an empty directory (expected a new or empty directory): nothing was written");
    }
  }

  /**
   * A new hidden directory beside {@code target}, named for what is being made there. A temporary
   * directory is its owner's alone; what is staged becomes a site, a dataset or a project others
   * read, so it gets the permissions an ordinary new directory has.
   */
  public static Path beside(Path target, String purpose) throws IOException {
    Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "." + purpose + "-");
    try {
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its default permissions stand.
    }
    return staging;
  }

  public static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Deletes a directory this tool made, and everything in it. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
