package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builds real sites from real files with the real templates, and checks what users rely on. */
class SiteBuilderTest {

  static final String SCRIPT = "<script>alert('x')</script>";

  /** Long, and with control characters (ESC, BEL) a terminal acts on and HTML does not allow. */
  static final String LONG_NAME = "Aktiebolaget\u001B[31m\u0007 " + "Långt Namn ".repeat(400);

  @TempDir Path temp;

  static DatasetFiles hostile() {
    return DatasetFiles.withCustomers()
        .customer("../../etc/passwd", SCRIPT, "smb", "20000")
        .customer("CON", "\"Quotes\" & 'apostrophes' <b>", "smb", "30000")
        .customer("abc", "شرکت آریا (Aria Co.)", "enterprise", "900000")
        .customer("ABC", "株式会社山田商事", "enterprise", "700000")
        .customer("a/b\\c", LONG_NAME, "<segment>", "1000")
        .customer("plain", "Plain AB", "smb", "50000")
        .file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity", "note")
        .row("incidents.csv", "X1", "../../etc/passwd", "2026-05-01", "threat", "4", SCRIPT)
        .row("incidents.csv", "X2", "CON", "2026-06-01", "rudeness", "2", "said \"no\" & left")
        .file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount", "paid")
        .row("invoices.csv", "I1", "plain", "2026-01-01", "2026-01-31", "1000", "2026-01-20")
        .row("invoices.csv", "I2", "abc", "2026-03-01", "2026-03-31", "5000", "");
  }

  SiteBuilder.Summary build(Path data, Path out, SiteOptions options) throws IOException {
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
    return new SiteBuilder(review, options, Progress.NONE).build(out);
  }

  SiteBuilder.Summary build(Path data, Path out) throws IOException {
    return build(data, out, SiteOptions.defaults("Review <2026>", data));
  }

  @Test
  void hostileValuesRenderAsTextAndNeverBecomePaths() throws IOException {
    Path data = hostile().writeTo(temp.resolve("data"));
    Path out = temp.resolve("out").resolve("site");
    SiteBuilder.Summary summary = build(data, out);
    assertEquals(6, summary.customerPages());
    Map<String, String> pages = htmlPages(out);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      assertFalse(page.getValue().contains(SCRIPT), page.getKey() + " carries raw script");
      assertFalse(page.getValue().contains("<segment>"), page.getKey() + " carries a raw tag");
      assertFalse(
          page.getValue().contains("Review <2026>"), page.getKey() + " carries the raw title");
      assertFalse(
          page.getValue().contains("\u001B") || page.getValue().contains("\u0007"),
          page.getKey() + " carries a control character");
    }
    String all = String.join("\n", pages.values());
    assertTrue(all.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(all.contains("&quot;Quotes&quot; &amp; &#39;apostrophes&#39; &lt;b&gt;"));
    assertTrue(all.contains("شرکت آریا (Aria Co.)"));
    assertTrue(all.contains("株式会社山田商事"));
    assertTrue(all.contains("Långt Namn Långt Namn"));
    assertTrue(all.contains("Aktiebolaget\uFFFD[31m\uFFFD Långt"), "control characters shown");
    try (Stream<Path> files = Files.walk(temp)) {
      List<Path> outside =
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.startsWith(out) && !p.startsWith(data))
              .toList();
      assertEquals(List.of(), outside);
    }
    try (Stream<Path> customers = Files.list(out.resolve("customers"))) {
      assertEquals(
          6,
          customers
              .filter(p -> p.getFileName().toString().matches(".*-[0-9a-f]{10,}\\.html"))
              .count(),
          "six customer pages: abc and ABC do not collide");
    }
  }

  @Test
  void theSameInputsBuildByteIdenticalSites() throws IOException {
    Path data = hostile().writeTo(temp.resolve("data"));
    build(data, temp.resolve("one"));
    build(data, temp.resolve("two"));
    assertEquals(files(temp.resolve("one")), files(temp.resolve("two")));
  }

  @Test
  void thePublishedSiteIsReadableByOthersLikeAnyNewDirectory() throws IOException {
    // It is built in a temporary directory, which is its owner's alone, and then served or shared.
    Path out = temp.resolve("site");
    build(hostile().writeTo(temp.resolve("data")), out);
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  /** The overview fails before review.pdf is begun; the policy page while it is being made. */
  @ParameterizedTest
  @ValueSource(strings = {"overview.ftlh", "policy.ftlh"})
  void aFailedBuildLeavesThePreviousSiteAsItWas(String template) throws IOException {
    Path data = hostile().writeTo(temp.resolve("data"));
    Path out = temp.resolve("site");
    build(data, out);
    Map<String, String> before = files(out);
    Path broken = Files.createDirectories(temp.resolve("templates").resolve("pages"));
    Files.writeString(
        broken.resolve(template), "<#import \"../lib/layout.ftlh\" as layout>${page.noSuchThing}");
    SiteOptions failing =
        SiteOptions.builder("Review", data)
            .templates(Optional.of(temp.resolve("templates")))
            .build();
    SiteException e = assertThrows(SiteException.class, () -> build(data, out, failing));
    assertTrue(
        e.getMessage().startsWith("template pages/" + template + ", line 1:"), e.getMessage());
    assertTrue(failing.pdf().enabled(), "the PDF is made beside the pages");
    assertEquals(before, files(out));
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(
          List.of(),
          siblings.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
          "nothing left behind");
    }
  }

  @Test
  void aDirectoryThatIsNotASiteIsNeverWrittenOver() throws IOException {
    Path data = hostile().writeTo(temp.resolve("data"));
    Path out = Files.createDirectories(temp.resolve("documents"));
    Files.writeString(out.resolve("thesis.txt"), "years of work");
    SiteException e = assertThrows(SiteException.class, () -> build(data, out));
    assertTrue(e.getMessage().contains("was not built by Keepwise"), e.getMessage());
    assertEquals(Map.of("thesis.txt", "years of work"), files(out));
  }

  @Test
  void rebuildingKeepsFilesTheUserAdded() throws IOException {
    Path data = hostile().writeTo(temp.resolve("data"));
    Path out = temp.resolve("site");
    build(data, out);
    Files.writeString(out.resolve("notes-for-client.txt"), "my notes");
    build(data, out);
    assertEquals("my notes", Files.readString(out.resolve("notes-for-client.txt")));
    assertTrue(Files.exists(out.resolve("index.html")));
  }

  @Test
  void pseudonymisedSitesShowNoNamesOrIds() throws IOException {
    Path data = hostile().writeTo(temp.resolve("data"));
    Path out = temp.resolve("site");
    SiteOptions options =
        SiteOptions.builder("Review", data)
            .pseudonymise(true)
            .sections(
                java.util.EnumSet.of(
                    SiteConfig.Section.OVERVIEW,
                    SiteConfig.Section.SEGMENTS,
                    SiteConfig.Section.CUSTOMERS))
            .build();
    build(data, out, options);
    String all = String.join("\n", htmlPages(out).values());
    assertFalse(all.contains("Plain AB"));
    assertFalse(all.contains("株式会社山田商事"));
    assertFalse(all.contains(">plain<"));
    assertTrue(all.contains("Customer " + Aliases.code("plain")));
    try (org.apache.pdfbox.pdmodel.PDDocument pdf =
        org.apache.pdfbox.Loader.loadPDF(out.resolve("review.pdf").toFile())) {
      String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertFalse(
          printed.contains("Plain AB")
              || printed.contains("株式会社山田商事")
              || printed.contains("Aria Co"),
          "review.pdf names no one");
      assertTrue(printed.contains("Customer "), "review.pdf shows the aliases");
    }
    try (Stream<Path> names = Files.list(out.resolve("customers"))) {
      assertTrue(names.noneMatch(p -> p.getFileName().toString().startsWith("plain")));
    }
  }

  static Map<String, String> htmlPages(Path site) throws IOException {
    Map<String, String> pages = new TreeMap<>();
    files(site)
        .forEach(
            (name, content) -> {
              if (name.endsWith(".html")) {
                pages.put(name, content);
              }
            });
    return pages;
  }

  static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        // review.pdf is binary: its bytes as Latin-1 characters, one each, so equal text means
        // equal bytes.
        files.put(
            root.relativize(file).toString(),
            file.toString().endsWith(".pdf")
                ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                : Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n")));
  }
}
