package com.keepwise.reports;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Directories built aside and moved into place whole, so that a failure leaves nothing
 * half-written.
 */
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
   * @throws TargetInUse when {@code target} is a file or a directory with something in it; nothing
   *     is written
   */
  public static <T> T newDirectory(Path target, String purpose, Contents<T> contents)
      throws IOException {
    Path absolute = followLink(target);
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

  /**
   * The directory to write: {@code target} itself, or where it points when it is a symbolic link,
   * so that a link to a web server's directory is published there and stays a link.
   */
  public static Path followLink(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (!Files.isSymbolicLink(absolute)) {
      return absolute;
    }
    if (!Files.exists(absolute)) {
      throw new FileSystemException(
          target.toString(),
          null,
          "is a symbolic link to "
              + Files.readSymbolicLink(absolute)
              + ", which does not exist (expected a link to a directory)");
    }
    return absolute.toRealPath();
  }

  /** The target of {@link #newDirectory} holds something already. */
  public static final class TargetInUse extends IOException {
    TargetInUse(Path target) {
      super(
          target
              + " exists and is not an empty directory (expected a new or empty directory): nothing was written");
    }
  }

  /**
   * A new hidden directory beside {@code target}, named for what is being made there and for this
   * process, after removing what interrupted runs left there.
   *
   * <p>It is made with {@code Files.createDirectory} and no explicit permissions, so the OS applies
   * the user's umask, as for any new directory: what is staged becomes a site, a dataset or a
   * project, and under {@code umask 077} it must stay its owner's alone, under {@code umask 022}
   * others may read it. ({@code createTempDirectory} would force 0700, and forcing {@code
   * rwxr-xr-x} after it would ignore a stricter umask; Java cannot read the umask itself.) Its
   * files are created the same way, so they follow the umask too.
   */
  public static Path beside(Path target, String purpose) throws IOException {
    removeLeftovers(target);
    String prefix =
        "." + target.getFileName() + "." + purpose + "-" + ProcessHandle.current().pid() + "-";
    for (int attempt = 0; ; attempt++) {
      Path staging =
          target.resolveSibling(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
      try {
        return Files.createDirectory(staging);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /**
   * What an interrupted run left beside {@code target} — hidden directories named {@code
   * .<target>.<purpose>-<pid>-<random>} whose process is gone — the staged directory of a killed
   * {@code generate} may hold gigabytes. Those of runs still under way are left alone.
   */
  public static List<Path> leftovers(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return List.of();
    }
    java.util.regex.Pattern ours =
        java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote("." + target.getFileName() + ".")
                + "[a-z]+-(\\d+)-[0-9a-z]+");
    List<Path> left = new ArrayList<>();
    try (Stream<Path> siblings = Files.list(parent)) {
      for (Path sibling : siblings.toList()) {
        java.util.regex.Matcher name = ours.matcher(sibling.getFileName().toString());
        if (name.matches()
            && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
            && !running(Long.parseLong(name.group(1)))) {
          left.add(sibling);
        }
      }
    }
    left.sort(null);
    return left;
  }

  private static boolean running(long pid) {
    return pid == ProcessHandle.current().pid()
        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Staged directories of dead runs beside {@code target}, whatever output they were for. */
  private static final java.util.regex.Pattern STAGED =
      java.util.regex.Pattern.compile("\\..+\\.(?:building|generating|init)-(\\d+)-[0-9a-z]+");

  private static void removeLeftovers(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    List<Path> dead = new ArrayList<>();
    try (Stream<Path> siblings = Files.list(parent)) {
      for (Path sibling : siblings.toList()) {
        java.util.regex.Matcher name = STAGED.matcher(sibling.getFileName().toString());
        if (name.matches()
            && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
            && !running(Long.parseLong(name.group(1)))) {
          dead.add(sibling);
        }
      }
    }
    for (Path left : dead) {
      deleteTree(left);
    }
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
