package com.keepwise.reports;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
        return claim(Files.createDirectory(staging));
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
            && abandoned(sibling, Long.parseLong(name.group(1)))) {
          left.add(sibling);
        }
      }
    }
    left.sort(null);
    return left;
  }

  /** The hidden directories this process made beside its outputs: its own, whatever their pid. */
  private static final Set<Path> MINE = ConcurrentHashMap.newKeySet();

  /**
   * Marks a hidden directory named with this process's id as this process's own, so that {@link
   * #leftovers} leaves it alone while this process runs.
   */
  public static Path claim(Path dir) {
    MINE.add(dir.toAbsolutePath().normalize());
    return dir;
  }

  /**
   * Whether the run named by {@code pid} that made {@code dir} is gone. A process id is reused: in
   * a container every run may have the same one, so a directory named with this process's id is
   * ours only if this process made it, and one named with another live process's id is that
   * process's only if the process had started before the directory last changed.
   */
  private static boolean abandoned(Path dir, long pid) throws IOException {
    if (pid == ProcessHandle.current().pid()) {
      return !MINE.contains(dir.toAbsolutePath().normalize());
    }
    Optional<Instant> started =
        ProcessHandle.of(pid)
            .filter(ProcessHandle::isAlive)
            .map(p -> p.info().startInstant().orElse(Instant.MIN));
    if (started.isEmpty()) {
      return true;
    }
    // A second's margin: the start time the system reports is coarser than a file's time.
    Instant changed = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant();
    return started.get().isAfter(changed.plusSeconds(1));
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
            && abandoned(sibling, Long.parseLong(name.group(1)))) {
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
