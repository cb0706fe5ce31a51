package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 7: a site replaces the previous one in one atomic step where the system can, in
 * two renames where it cannot, and what a killed publish left is finished by the next run.
 */
class SiteDirectoryTest {

  @TempDir Path temp;

  static boolean linux() {
    return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
  }

  /** Builds a site with one page saying {@code text}, and publishes it with {@code exchange}. */
  static SiteDirectory.Publication build(Path out, String text, DirectoryExchange exchange)
      throws IOException {
    SiteDirectory site = SiteDirectory.prepare(out, exchange);
    Files.writeString(site.staging().resolve("index.html"), text);
    Files.createDirectories(site.staging().resolve("customers"));
    Files.writeString(site.staging().resolve("customers/c1.html"), text + " c1");
    return site.publish();
  }

  List<String> hidden() throws IOException {
    try (Stream<Path> all = Files.list(temp)) {
      return all.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  @Test
  void onLinuxTheNewSiteIsSwappedWithThePreviousInOneStep() throws Exception {
    assumeTrue(linux(), "renameat2 is Linux's");
    Path out = temp.resolve("site");
    assertEquals(SiteDirectory.Publication.FIRST, build(out, "old", DirectoryExchange.system()));
    Files.writeString(out.resolve("notes.txt"), "added by hand\n");
    assertTrue(RenameExchange.available());
    assertEquals(
        SiteDirectory.Publication.EXCHANGED, build(out, "new", DirectoryExchange.system()));
    assertEquals("new", Files.readString(out.resolve("index.html")));
    assertEquals("new c1", Files.readString(out.resolve("customers/c1.html")));
    assertEquals("added by hand\n", Files.readString(out.resolve("notes.txt")));
    assertEquals(List.of(), hidden());
  }

  @Test
  void theSwapIsOneStepAndRefusalsOtherThanUnsupportedAreErrors() throws Exception {
    assumeTrue(linux(), "renameat2 is Linux's");
    Path a = Files.createDirectory(temp.resolve("a"));
    Path b = Files.createDirectory(temp.resolve("b"));
    Files.writeString(a.resolve("from"), "a");
    Files.writeString(b.resolve("from"), "b");
    Object aKey = Files.readAttributes(a, "unix:ino").get("ino");
    assertTrue(RenameExchange.exchange(a, b));
    assertEquals("b", Files.readString(a.resolve("from")));
    assertEquals("a", Files.readString(b.resolve("from")));
    assertEquals(aKey, Files.readAttributes(b, "unix:ino").get("ino"));
    // ENOENT is not "this file system cannot": it is said, not silently published another way.
    assertThrows(
        FileSystemException.class, () -> RenameExchange.exchange(a, temp.resolve("missing")));
  }

  @Test
  void withoutTheSwapTheSiteIsPublishedInTwoRenames() throws Exception {
    Path out = temp.resolve("site");
    assertEquals(SiteDirectory.Publication.FIRST, build(out, "old", DirectoryExchange.UNAVAILABLE));
    Files.writeString(out.resolve("notes.txt"), "added by hand\n");
    assertEquals(
        SiteDirectory.Publication.TWO_RENAMES, build(out, "new", DirectoryExchange.UNAVAILABLE));
    assertEquals("new", Files.readString(out.resolve("index.html")));
    assertEquals("new c1", Files.readString(out.resolve("customers/c1.html")));
    assertEquals("added by hand\n", Files.readString(out.resolve("notes.txt")));
    assertEquals(List.of(), hidden());
  }

  @Test
  void aSwapThatFailsLeavesThePreviousSiteAndNothingBesideIt() throws Exception {
    Path out = temp.resolve("site");
    build(out, "old", DirectoryExchange.UNAVAILABLE);
    SiteDirectory site =
        SiteDirectory.prepare(
            out,
            (a, b) -> {
              throw new FileSystemException(a.toString(), b.toString(), "refused");
            });
    Files.writeString(site.staging().resolve("index.html"), "new");
    assertThrows(FileSystemException.class, site::publish);
    site.abandon();
    assertEquals("old", Files.readString(out.resolve("index.html")));
    assertEquals(List.of(), hidden());
  }

  /**
   * A run killed right after the swap, before the previous site's files are deleted: the new site
   * is whole at {@code --out}, and the next run removes the previous one beside it, moving what
   * someone added to it into the site.
   */
  @Test
  void aRunKilledBetweenTheSwapAndTheCleanUpLeavesTheNewSiteWhole() throws Exception {
    assumeTrue(linux(), "renameat2 is Linux's");
    Path out = temp.resolve("site");
    build(out, "old", DirectoryExchange.system());
    Files.writeString(out.resolve("notes.txt"), "added by hand\n");
    Process killed =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                KilledAfterTheSwap.class.getName(),
                out.toString())
            .inheritIO()
            .start();
    assertTrue(killed.waitFor(60, TimeUnit.SECONDS));
    assertEquals(KilledAfterTheSwap.EXCHANGED, killed.exitValue());

    assertEquals("new", Files.readString(out.resolve("index.html")));
    assertEquals("new c1", Files.readString(out.resolve("customers/c1.html")));
    assertTrue(Files.isRegularFile(out.resolve(SiteDirectory.MANIFEST)));
    List<String> left = hidden();
    assertEquals(1, left.size(), left.toString());
    assertTrue(left.get(0).startsWith(".site.previous-" + killed.pid() + "-"), left.toString());
    assertEquals("old", Files.readString(temp.resolve(left.get(0)).resolve("index.html")));
    assertFalse(Files.exists(out.resolve("notes.txt")));

    SiteDirectory next = SiteDirectory.prepare(out);
    next.abandon();
    assertEquals(List.of(), hidden());
    assertEquals("new", Files.readString(out.resolve("index.html")));
    assertEquals("added by hand\n", Files.readString(out.resolve("notes.txt")));
  }

  /** Publishes a site over {@code args[0]} and dies the instant the swap is done. */
  static final class KilledAfterTheSwap {
    static final int EXCHANGED = 57;

    public static void main(String[] args) throws IOException {
      build(
          Path.of(args[0]),
          "new",
          (a, b) -> {
            boolean swapped = DirectoryExchange.system().exchange(a, b);
            Runtime.getRuntime().halt(swapped ? EXCHANGED : 1);
            return swapped;
          });
    }
  }
}
