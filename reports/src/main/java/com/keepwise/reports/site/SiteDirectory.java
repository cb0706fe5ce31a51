package com.keepwise.reports.site;

import com.keepwise.reports.Parallel;
import com.keepwise.reports.Staging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A site built aside and moved into place only when complete. A failed build leaves the previous
 * site as it was; replacing a site deletes only the files the previous build wrote (listed in its
 * manifest), and a directory that is not a Keepwise site is never written over.
 *
 * <p>One atomic switch. {@code --out} stays a real directory (not a link to a versioned directory
 * beside it): the site is something a consultant copies, archives and hands over, and {@code cp
 * -r}, {@code tar}, {@code rsync -a} or a web server configured not to follow links would carry a
 * link instead of the site. A non-empty directory cannot be replaced by one rename(2), so on Linux
 * the new site and the previous one are swapped by {@code renameat2(RENAME_EXCHANGE)} ({@link
 * DirectoryExchange#system}): at every instant {@code --out} is either the whole previous site or
 * the whole new one. Before the swap the new site is renamed to the name of a previous site set
 * aside ({@code .<out>.previous-<pid>-<random>}), so that after it the previous site carries that
 * name: a run killed before its files are deleted leaves a site in place and, beside it, a previous
 * site the next run cleans up as this one would have (see {@link #prepare}).
 *
 * <p>Where the swap is not possible — another system, JNA unable to load, a glibc before 2.28, a
 * kernel or file system that refuses it — the site is published in two renames (the previous site
 * aside, the new one in place), and the only moment without a site at {@code --out}, a crash
 * between those two renames, is undone by the next run, deterministically: the previous site aside
 * is put back before anything else happens. A first publish, with no previous site, is one rename.
 */
final class SiteDirectory {

  /** Lists the files a build wrote, and marks the directory as a Keepwise site. */
  static final String MANIFEST = ".keepwise-site";

  /** How a build was put in place, for the tests that prove which way was taken. */
  enum Publication {
    /** No previous site: one rename. */
    FIRST,
    /** The previous site swapped with the new one in one step. */
    EXCHANGED,
    /** The previous site renamed aside, then the new one into place. */
    TWO_RENAMES
  }

  private final Path target;
  private final Path staging;
  private final DirectoryExchange exchange;

  private SiteDirectory(Path target, Path staging, DirectoryExchange exchange) {
    this.target = target;
    this.staging = staging;
    this.exchange = exchange;
  }

  /**
   * Prepares a staging directory beside {@code target}, after checking that target may be replaced.
   * A symbolic link is followed: the site is published where it points, and the link stays. What a
   * run killed during {@link #publish} left beside the site is dealt with first: a previous site
   * set aside is put back when no site is in place, its files removed otherwise.
   */
  static SiteDirectory prepare(Path target) throws IOException {
    return prepare(target, DirectoryExchange.system());
  }

  /** As {@link #prepare(Path)}, swapping directories with {@code exchange}. */
  static SiteDirectory prepare(Path target, DirectoryExchange exchange) throws IOException {
    Path absolute = Staging.followLink(target);
    recover(absolute);
    if (Files.exists(absolute)) {
      if (!Files.isDirectory(absolute)) {
        throw new SiteException(
            target + " is a file (expected a directory for the site, or nothing)");
      }
      if (!Staging.isEmpty(absolute) && !Files.isRegularFile(absolute.resolve(MANIFEST))) {
        throw new SiteException(
            target
                + " is not empty and was not built by Keepwise (expected an empty directory, "
                + "a previous site, or nothing): nothing was written");
      }
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = Staging.beside(absolute, "building");
    return new SiteDirectory(absolute, staging, exchange);
  }

  /**
   * Puts back what a run killed during {@link #publish} left: with no site in place, the previous
   * site moved aside becomes the site again; with a site in place, the one aside (the previous site
   * after a swap or the first rename, or a new build killed just before its swap) has its files
   * removed as publish would have, those someone added to it moved into the site.
   */
  private static void recover(Path target) throws IOException {
    for (Path left : Staging.leftovers(target)) {
      if (!left.getFileName().toString().startsWith("." + target.getFileName() + ".previous-")) {
        continue;
      }
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        move(left, target);
      } else {
        new SiteDirectory(target, left, DirectoryExchange.UNAVAILABLE).removeBuiltFiles(left);
      }
    }
  }

  /** Where the site is published: the output directory, or where it points when it is a link. */
  Path published() {
    return target;
  }

  /** Where to write the new site. */
  Path staging() {
    return staging;
  }

  /**
   * Writes the manifest and moves the new site into place; the previous site's files go.
   *
   * @return how the site was put in place
   */
  Publication publish() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(staging)) {
      walk.filter(Files::isRegularFile)
          .map(p -> staging.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .forEach(files::add);
    }
    Files.write(staging.resolve(MANIFEST), files, StandardCharsets.UTF_8);
    if (!Files.exists(target)) {
      move(staging, target);
      return Publication.FIRST;
    }
    // Named like a staging directory, with this process's id: if the process dies before the
    // previous site's files are gone, the next build finds it and finishes (see recover).
    Path previous = Staging.claim(aside());
    move(staging, previous);
    boolean exchanged;
    try {
      exchanged = exchange.exchange(previous, target);
    } catch (IOException | RuntimeException e) {
      move(previous, staging); // for abandon()
      throw e;
    }
    if (exchanged) {
      removeBuiltFiles(previous);
      return Publication.EXCHANGED;
    }
    move(previous, staging);
    move(target, previous);
    move(staging, target);
    removeBuiltFiles(previous);
    return Publication.TWO_RENAMES;
  }

  /** A name for the previous site beside the new one. */
  private Path aside() {
    return target.resolveSibling(
        "."
            + target.getFileName()
            + ".previous-"
            + ProcessHandle.current().pid()
            + "-"
            + Long.toUnsignedString(System.nanoTime(), 36));
  }

  /** Removes a staging directory after a failed build. */
  void abandon() {
    try {
      Staging.deleteTree(staging);
    } catch (IOException e) {
      // Best effort: the next build uses a fresh staging directory; this one stays hidden.
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Deletes what the previous build wrote. Files someone added to the old site are moved into the
   * new one if nothing there has their name, else kept where they are.
   */
  private void removeBuiltFiles(Path previous) throws IOException {
    Set<String> built = new HashSet<>();
    Path manifest = previous.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) {
      built.addAll(Files.readAllLines(manifest, StandardCharsets.UTF_8));
      built.add(MANIFEST);
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(previous)) {
      all = walk.filter(Files::isRegularFile).toList();
    }
    List<Path> kept = new ArrayList<>();
    List<Path> gone = new ArrayList<>();
    for (Path file : all) {
      (built.contains(previous.relativize(file).toString().replace('\\', '/')) ? gone : kept)
          .add(file);
    }
    deleteAll(gone);
    for (Path file : kept) {
      Path keep = target.resolve(previous.relativize(file).toString().replace('\\', '/'));
      if (!Files.exists(keep)) {
        Files.createDirectories(keep.getParent());
        Files.move(file, keep);
      }
    }
    deleteEmptyDirectories(previous);
  }

  /**
   * Deletes files several at a time: on a busy file system each delete waits on the journal, and
   * deletes that wait together are committed together.
   */
  private static void deleteAll(List<Path> files) throws IOException {
    ExecutorService pool = Parallel.pool("delete", 8);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int from = 0; from < files.size(); from += 256) {
        List<Path> batch = files.subList(from, Math.min(files.size(), from + 256));
        batches.add(
            pool.submit(
                () -> {
                  for (Path file : batch) {
                    Files.delete(file);
                  }
                  return null;
                }));
      }
      for (Future<?> batch : batches) {
        Parallel.join(batch);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void deleteEmptyDirectories(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            try {
              Files.delete(dir);
            } catch (DirectoryNotEmptyException kept) {
              // A file someone added, kept where it was.
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
