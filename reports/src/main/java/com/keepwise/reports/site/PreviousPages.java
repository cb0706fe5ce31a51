package com.keepwise.reports.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The customer pages of the site a build replaces, each with the fingerprint of what it was made of
 * ({@value #FILE_NAME} in the site): a page whose fingerprint is unchanged is kept (hard-linked
 * into the new site, or copied where links cannot be made) instead of rendered again. A changed
 * assessment, evidence row, letter or frame changes a page's fingerprint; another tool, template,
 * word or site option changes every page's.
 */
final class PreviousPages {

  /** Each customer page's fingerprint and file, one a line, in customer_id order. */
  static final String FILE_NAME = ".keepwise-pages";

  private static final String HEADER = "# keepwise customer pages 1: fingerprint, page";

  private final String site;
  private final Path published;
  private final Map<String, String> fingerprints;

  private PreviousPages(String site, Path published, Map<String, String> fingerprints) {
    this.site = site;
    this.published = published;
    this.fingerprints = fingerprints;
  }

  /** The pages of the Keepwise site at {@code published}; none when there is none there. */
  static PreviousPages of(Path published, String site) throws IOException {
    Map<String, String> fingerprints = new HashMap<>();
    Path file = published.resolve(FILE_NAME);
    if (Files.isRegularFile(published.resolve(SiteDirectory.MANIFEST), LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
        for (String line : lines.subList(1, lines.size())) {
          int space = line.indexOf(' ');
          if (space > 0) {
            fingerprints.put(line.substring(space + 1), line.substring(0, space));
          }
        }
      }
    }
    return new PreviousPages(site, published, fingerprints);
  }

  /**
   * What every page of a site is made of besides its own inputs: the tool itself, the template
   * overrides (templates, words, assets), the site's options and the dataset's currency.
   */
  static String site(SiteOptions options, String currency) throws IOException {
    StringBuilder all = new StringBuilder();
    all.append(HEADER).append('\n').append(tool()).append('\n');
    all.append(options.shapingPages()).append('\n');
    all.append(currency).append('\n');
    if (options.templates().isPresent()) {
      Path dir = options.templates().get();
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files =
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
      }
      for (Path file : files) {
        all.append(dir.relativize(file)).append(' ');
        all.append(
            Fingerprints.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)));
        all.append('\n');
      }
    }
    return Fingerprints.of(all);
  }

  /**
   * The tool that renders, by what it is made of: the name and checksum of every entry of its jar,
   * so that a rebuilt or upgraded tool renders every page again while the same jar, wherever it is
   * and whenever it was copied, keeps them and writes the same {@value #FILE_NAME}; or where its
   * classes are when it runs from them. (The jar's central directory is read, not its contents:
   * 30,000 entries, a few milliseconds.)
   */
  private static String tool() throws IOException {
    try {
      Path code =
          Path.of(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(code)) {
        return code.toString();
      }
      StringBuilder entries = new StringBuilder(1 << 21);
      try (ZipFile jar = new ZipFile(code.toFile())) {
        jar.stream()
            .forEach(
                entry ->
                    entries
                        .append(entry.getName())
                        .append(' ')
                        .append(entry.getCrc())
                        .append('\n'));
      }
      return "jar " + Fingerprints.of(entries);
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return "unknown " + System.nanoTime();
    }
  }

  /** What every page's fingerprint starts from. */
  String site() {
    return site;
  }

  /**
   * Keeps the previous site's page {@code href} in the new site at {@code root} when it was made of
   * the same inputs; false when it must be rendered.
   */
  boolean keep(String href, String fingerprint, Path root) throws IOException {
    if (!fingerprint.equals(fingerprints.get(href))) {
      return false;
    }
    Path old = published.resolve(href);
    if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Path kept = root.resolve(href);
    try {
      Files.createLink(kept, old);
    } catch (IOException | UnsupportedOperationException noLink) {
      Files.copy(old, kept);
    }
    return true;
  }

  /** Writes the new site's {@value #FILE_NAME}. */
  static Writer writer(Path root, boolean wanted) {
    return new Writer(root, wanted);
  }

  /** Collects each customer page's fingerprint, in customer_id order, and writes them at close. */
  static final class Writer implements java.io.Closeable {
    private final Path root;
    private final boolean wanted;
    private final StringBuilder lines = new StringBuilder(HEADER).append('\n');

    private Writer(Path root, boolean wanted) {
      this.root = root;
      this.wanted = wanted;
    }

    void add(String href, String fingerprint) {
      if (!href.isEmpty()) {
        lines.append(fingerprint).append(' ').append(href).append('\n');
      }
    }

    @Override
    public void close() throws IOException {
      if (wanted) {
        Files.writeString(root.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
      }
    }
  }
}
