package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.testing.TextEdit;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review.pdf, read back with PDFBox as a reader would: its text holds the title, every segment and
 * every customer to act on, in English, Persian (right to left, letters joined) and Japanese; its
 * pages are A4 and numbered; the same inputs give the same bytes; it is published with the site or
 * not at all; and it fetches nothing. Kept to a handful of customers: a PDF costs CPU.
 */
class ReviewPdfTest {

  /** The names of the hostile dataset's customers, by id. */
  static final java.util.Map<String, String> NAMES =
      java.util.Map.of(
          "../../etc/passwd",
          SiteBuilderTest.SCRIPT,
          "CON",
          "\"Quotes\" & 'apostrophes' <b>",
          "abc",
          "شرکت آریا (Aria Co.)",
          "ABC",
          "株式会社山田商事",
          "plain",
          "Plain AB");

  @TempDir static Path temp;
  static Path data;
  static PortfolioReview review;

  @BeforeAll
  static void dataset() throws IOException {
    data = SiteBuilderTest.hostile().writeTo(temp.resolve("data"));
    review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
  }

  /** Builds a site; every character of its PDF had a glyph (no notice). */
  static Path build(String name, SiteOptions options) throws IOException {
    Path out = temp.resolve(name);
    SiteBuilder.Summary summary = new SiteBuilder(review, options, Progress.NONE).build(out);
    assertEquals(List.of(), summary.notices(), "every character had a glyph");
    // Kept for a look, as the browser tests keep screenshots.
    Path copies = Files.createDirectories(Path.of("target", "pdf"));
    Files.copy(
        out.resolve("review.pdf"),
        copies.resolve("review-" + name + ".pdf"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return out;
  }

  static SiteOptions options(String locale) {
    return SiteOptions.defaults("Quarterly review <Q4>", data)
        .withLocale(Locale.forLanguageTag(locale));
  }

  static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /**
   * The act-first customers as the site lists them: every decision of RESET_TERMS or worse in
   * decisions.csv.
   */
  static List<String> actFirst(Path site) throws IOException {
    List<String> names = new ArrayList<>();
    List<String> lines = Files.readAllLines(site.resolve("decisions.csv"), StandardCharsets.UTF_8);
    int action = List.of(lines.get(0).split(",")).indexOf("action");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      if (List.of("EXIT_NOW", "REFER_ELSEWHERE", "RESET_TERMS").contains(cells[action])) {
        names.add(cells[0]);
      }
    }
    return names;
  }

  @Test
  void theEnglishPdfHoldsTheTitleEverySegmentAndEachCustomerToActOnOnNumberedA4Pages()
      throws IOException {
    Path site = build("en", options("en"));
    Path pdf = site.resolve("review.pdf");
    String text = text(pdf);
    assertTrue(text.contains("Quarterly review <Q4>"), "the title, as text");
    for (String segment : List.of("smb", "enterprise", "<segment>")) {
      assertTrue(
          text.contains("Segment \u2068" + segment + "\u2069")
              || text.contains("Segment " + segment),
          segment);
    }
    List<String> actFirst = actFirst(site);
    assertTrue(actFirst.size() >= 2, "the dataset has customers to act on: " + actFirst);
    for (String id : actFirst) {
      // A name mixing directions is read back in visual runs, its brackets mirrored: each run is
      // checked.
      for (String run :
          NAMES.get(id).replace("شرکت آریا (Aria Co.)", "شرکت آریا|Aria Co").split("\\|")) {
        assertTrue(text.contains(run), run + " (" + id + ") has a page");
      }
    }
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      assertTrue(
          pages >= 6 + actFirst.size(),
          "cover, contents, overview, three segments, the customers: " + pages);
      for (PDPage page : document.getPages()) {
        assertEquals(210, page.getMediaBox().getWidth() / 72 * 25.4, 0.5, "A4 width in mm");
        assertEquals(297, page.getMediaBox().getHeight() / 72 * 25.4, 0.5, "A4 height in mm");
      }
      PDFTextStripper lastPage = new PDFTextStripper();
      lastPage.setStartPage(pages);
      lastPage.setEndPage(pages);
      assertTrue(
          lastPage.getText(document).contains(pages + " / " + pages), "the last page is numbered");
      assertTrue(
          lastPage.getText(document).contains("Nov 1, 2026"),
          "the review date at every page's foot");
    }
    assertTrue(
        Files.readString(site.resolve(SiteDirectory.MANIFEST))
            .lines()
            .anyMatch("review.pdf"::equals),
        "published with the site, from the same staging directory");
  }

  @Test
  void thePersianPdfIsRightToLeftWithJoinedLetters() throws IOException {
    Path pdf = build("fa", options("fa")).resolve("review.pdf");
    String text = text(pdf);
    assertTrue(text.contains("Quarterly review <Q4>"));
    assertTrue(
        text.contains("فهرست مطالب"), "the contents' heading in Persian, read back as letters");
    assertTrue(text.contains("شرکت آریا"), "a Persian name");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper raw =
          new PDFTextStripper() {
            @Override
            protected void writeString(
                String string, List<org.apache.pdfbox.text.TextPosition> positions)
                throws IOException {
              for (var position : positions) {
                output.write(position.getUnicode());
              }
            }
          };
      String glyphs = raw.getText(document);
      assertTrue(
          glyphs.codePoints().anyMatch(c -> c >= 0xFB50 && c <= 0xFEFF),
          "letters drawn in their joined (presentation) forms, not isolated");
    }
  }

  @Test
  void theJapanesePdfHasJapaneseGlyphs() throws IOException {
    Path pdf = build("ja", options("ja")).resolve("review.pdf");
    String text = text(pdf);
    assertTrue(text.contains("目次"), "the contents' heading");
    assertTrue(
        text.contains(
            new SiteText(Locale.JAPANESE, java.util.Currency.getInstance("EUR"))
                .t("overview.by_action")),
        "the overview's words");
    assertTrue(text.contains("شرکت آریا"), "a Persian name to act on, in a Japanese review");
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    SiteOptions options =
        options("en")
            .withPdf(new SiteOptions.PdfOptions(true, "Confidential: for the board", List.of()));
    byte[] first = Files.readAllBytes(build("same-1", options).resolve("review.pdf"));
    byte[] second = Files.readAllBytes(build("same-2", options).resolve("review.pdf"));
    assertArrayEquals(first, second);
    String text = text(temp.resolve("same-1").resolve("review.pdf"));
    assertTrue(text.contains("Confidential: for the board"), "the confidentiality line");
  }

  @Test
  void turnedOffThereIsNoPdf() throws IOException {
    Path site = temp.resolve("off");
    new SiteBuilder(review, options("en").withPdf(SiteOptions.PdfOptions.OFF), Progress.NONE)
        .build(site);
    assertFalse(Files.exists(site.resolve("review.pdf")));
    assertTrue(Files.exists(site.resolve("index.html")));
  }

  @Test
  void aPdfThatCannotBeMadeLeavesNoSite() throws IOException {
    Path notAFont = Files.writeString(temp.resolve("not-a-font.ttf"), "plain text");
    Path out = temp.resolve("failed");
    SiteOptions options =
        options("en").withPdf(new SiteOptions.PdfOptions(true, "", List.of(notAFont)));
    SiteException e =
        assertThrows(
            SiteException.class, () -> new SiteBuilder(review, options, Progress.NONE).build(out));
    assertTrue(
        e.getMessage().contains("pdf.fonts: " + notAFont + " is not a TrueType font"),
        e.getMessage());
    assertFalse(Files.exists(out), "nothing published");
    try (var left = Files.list(temp)) {
      assertEquals(
          List.of(),
          left.filter(p -> p.getFileName().toString().contains("failed")).toList(),
          "no staging left behind");
    }
  }

  @Test
  void thePdfFetchesNothingEvenWhenATemplateAsksFor(@TempDir Path templates) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger requests = new AtomicInteger();
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      Path pages = Files.createDirectories(templates.resolve("print"));
      String cover =
          new String(
              ReviewPdf.class
                  .getResourceAsStream(Templates.ROOT + "/print/review.ftlh")
                  .readAllBytes(),
              StandardCharsets.UTF_8);
      Files.writeString(
          pages.resolve("review.ftlh"),
          TextEdit.of(cover)
              .replace("</head>", "<link rel=\"stylesheet\" href=\"" + url + "style.css\"></head>")
              .replace("<h1>", "<img src=\"" + url + "logo.png\" alt=\"\"><h1>")
              .text());
      SiteOptions options =
          SiteOptions.builder("Review", data).templates(Optional.of(templates)).build();
      Path site = build("offline", options);
      assertTrue(Files.exists(site.resolve("review.pdf")));
      assertEquals(0, requests.get(), "no request reached the server");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aMissingFontForTheLanguageIsNamedWithTheWayOut(@TempDir Path noFonts) {
    Path latinOnly = Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
    assumeTrue(Files.isRegularFile(latinOnly), "fonts-noto-core");
    PdfFonts fonts =
        PdfFonts.find(List.of(latinOnly), Locale.forLanguageTag("fa"), List.of(noFonts));
    SiteException e = assertThrows(SiteException.class, () -> fonts.check("بررسی مشتریان"));
    assertTrue(
        e.getMessage().startsWith("review.pdf: no font found with glyphs for "), e.getMessage());
    assertTrue(e.getMessage().contains("Persian text, the review's language"), e.getMessage());
    assertTrue(e.getMessage().contains("Debian: fonts-noto-core"), e.getMessage());
    assertTrue(
        e.getMessage().contains("pdf.fonts in site.yaml")
            && e.getMessage().contains("pdf.enabled: false"),
        e.getMessage());

    PdfFonts english = PdfFonts.find(List.of(latinOnly), Locale.ENGLISH, List.of(noFonts));
    List<String> notices = english.check("Customer review of شرکت آریا");
    assertEquals(1, notices.size(), "a name in another script is reported, not fatal: " + notices);
    assertTrue(notices.get(0).contains("they show as #"), notices.get(0));
    assertEquals(List.of(), english.check("Customer review of Håland & Søn, Łódź"));
  }
}
