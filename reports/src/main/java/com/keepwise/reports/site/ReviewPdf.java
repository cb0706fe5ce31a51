package com.keepwise.reports.site;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * {@code review.pdf}: the review as one A4 document, made from the pages the site renders with its
 * own templates. A cover and contents ({@code print/review.ftlh}) come first, then the overview,
 * each segment's review and the page of each customer to act on, each a part starting on a new
 * page. What only works on a screen goes (navigation, filters, downloads); collapsed evidence and
 * criteria are shown; links between parts lead within the PDF and others become plain text; the SVG
 * bars become boxes the PDF renderer draws. Same inputs, same bytes: the document's date is the
 * review's, its identifier a digest of its content.
 */
final class ReviewPdf {

  static final String FILE_NAME = "review.pdf";
  static final String TEMPLATE = "print/review.ftlh";
  static final String STYLESHEET = "pdf.css";

  /** PDFBox's loggers, held so their level stays set (java.util.logging keeps loggers weakly). */
  private static final List<java.util.logging.Logger> QUIET =
      List.of(
          java.util.logging.Logger.getLogger("org.apache.pdfbox"),
          java.util.logging.Logger.getLogger("org.apache.fontbox"));

  static {
    // The renderer logs every page and font, PDFBox the stand-ins for the standard PDF fonts (never
    // drawn here: every face is embedded): a command line keeps stderr for the user.
    XRLog.setLoggingEnabled(false);
    QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.OFF));
  }

  /**
   * A page of the site to print, by its path from the site's root, with its title in the contents:
   * level 1 for the overview and segments, 2 for the customers to act on (listed under one
   * heading).
   */
  record Part(String path, String title, int level, String html) {}

  /** The cover's view. */
  public record Cover(
      String lang,
      String dir,
      String title,
      String client,
      String date,
      String about,
      String confidentiality,
      List<Entry> contents) {}

  /** A line of the contents. */
  public record Entry(String title, String anchor, int level) {}

  private final Templates templates;
  private final SiteText text;
  private final SiteOptions options;

  ReviewPdf(Templates templates, SiteText text, SiteOptions options) {
    this.templates = templates;
    this.text = text;
    this.options = options;
  }

  /**
   * Writes the PDF of {@code parts} to {@code file}.
   *
   * @param date the review's date, on the cover and every page, and the document's creation date
   * @param about the sentence saying which policy and export the review comes from
   * @return notices for the user: characters no font has, which show as {@code #}
   */
  List<String> write(Path file, List<Part> parts, LocalDate date, String about) throws IOException {
    PdfFonts fonts = PdfFonts.find(options.pdf().fonts(), options.locale());
    Map<String, String> anchors = new HashMap<>();
    List<Entry> contents = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      anchors.put(part.path(), "part" + (i + 1));
      if (part.level() == 2 && (i == 0 || parts.get(i - 1).level() == 1)) {
        contents.add(new Entry(text.t("overview.act_first"), "part" + (i + 1), 1));
      }
      contents.add(new Entry(part.title(), "part" + (i + 1), part.level()));
    }
    Layout frame =
        new Layout(
            options.locale().toLanguageTag(),
            options.rightToLeft() ? "rtl" : "ltr",
            options.title(),
            options.client(),
            options.title(),
            "",
            List.of(),
            "");
    Cover cover =
        new Cover(
            frame.lang(),
            frame.dir(),
            options.title(),
            options.client(),
            text.date(date),
            about,
            options.pdf().confidentiality(),
            contents);
    Document document = Jsoup.parse(render(cover));
    document
        .head()
        .appendElement("style")
        .appendChild(new DataNode(stylesheet() + fontRules(fonts)));
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      Element section =
          document.body().appendElement("section").addClass("part").attr("id", "part" + (i + 1));
      Element main = Jsoup.parse(part.html()).selectFirst("main");
      if (main == null) {
        throw new SiteException("review.pdf: " + part.path() + " has no <main> to print");
      }
      printable(main, part.path(), "part" + (i + 1), anchors);
      section.appendChildren(new ArrayList<>(main.childNodes()));
    }
    List<String> notices = fonts.check(document.body().text() + " " + document.title());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      render(document, fonts, date, out);
    }
    return notices;
  }

  private String render(Cover cover) throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("page", cover);
    model.put("t", new TextMethod(text));
    PageBuffer page = new PageBuffer();
    templates.render(TEMPLATE, model, page);
    return page.toString();
  }

  private String stylesheet() throws IOException {
    Optional<Path> override =
        options
            .templates()
            .map(dir -> dir.resolve("static").resolve(STYLESHEET))
            .filter(Files::isRegularFile);
    if (override.isPresent()) {
      return Files.readString(override.get(), StandardCharsets.UTF_8);
    }
    try (InputStream in =
        ReviewPdf.class.getResourceAsStream(Templates.ROOT + "/static/" + STYLESHEET)) {
      if (in == null) {
        throw new SiteException("missing built-in asset " + STYLESHEET);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String fontRules(PdfFonts fonts) {
    return "\nhtml { font-family: "
        + fonts.familyList()
        + "; }\ncode, pre { font-family: "
        + fonts.monospaceList()
        + "; }\n";
  }

  /** Makes a page's main content fit for paper and for living inside one document. */
  private static void printable(
      Element main, String path, String anchor, Map<String, String> anchors) {
    main.select("script, .table-tools, .skip, input, select, section:has(a[download])").remove();
    for (Element button : main.select("button")) {
      button.unwrap();
    }
    // The renderer knows no <bdi>: the isolating characters it stands for keep names in their
    // direction.
    for (Element bdi : main.select("bdi")) {
      bdi.prependText("\u2068").appendText("\u2069");
    }
    for (Element details : main.select("details")) {
      details.attr("open", "");
    }
    for (Element bar : main.select("svg.inline-bar")) {
      bar.replaceWith(bar(width(bar.selectFirst("rect"), 100)));
    }
    for (Element chart : main.select("svg.bars")) {
      chart.replaceWith(barChart(chart));
    }
    main.select("svg").remove();
    for (Element withId : main.select("[id]")) {
      withId.attr("id", anchor + "-" + withId.id());
    }
    URI base = URI.create("site:/" + path);
    for (Element link : main.select("a[href]")) {
      String target = target(base, link.attr("href"), path, anchor, anchors);
      if (target.isEmpty()) {
        link.unwrap();
      } else {
        link.attr("href", target);
        link.removeAttr("download");
      }
    }
  }

  /**
   * Where a link leads in the PDF: a part, a place in one, or nowhere (empty) when it left the PDF.
   */
  private static String target(
      URI base, String href, String path, String anchor, Map<String, String> anchors) {
    if (href.startsWith("#")) {
      return "#" + anchor + "-" + href.substring(1);
    }
    URI resolved;
    try {
      resolved = base.resolve(href);
    } catch (IllegalArgumentException e) {
      return "";
    }
    if (!"site".equals(resolved.getScheme()) || resolved.getPath() == null) {
      return "";
    }
    String page = resolved.getPath().substring(1);
    String part = anchors.get(page);
    if (part == null) {
      return "";
    }
    return resolved.getFragment() == null ? "#" + part : "#" + part + "-" + resolved.getFragment();
  }

  private static double width(Element rect, double full) {
    if (rect == null) {
      return 0;
    }
    try {
      return Math.max(0, Math.min(100, 100 * Double.parseDouble(rect.attr("width")) / full));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Element bar(double percent) {
    Element track = new Element("span").addClass("bar-track");
    track
        .appendElement("span")
        .addClass("bar-fill")
        .attr("style", "width: " + String.format(Locale.ROOT, "%.1f", percent) + "%");
    return track;
  }

  /** The site's horizontal bars (label, bar, value per group) as a table of boxes. */
  private static Element barChart(Element svg) {
    Element table = new Element("table").addClass("bar-chart");
    Element body = table.appendElement("tbody");
    double longest = 0;
    for (Element rect : svg.select("g.bar rect")) {
      longest = Math.max(longest, parse(rect.attr("width")));
    }
    for (Element group : svg.select("g.bar")) {
      Element row = body.appendElement("tr").attr("class", group.attr("class"));
      Element label = group.selectFirst(".bar-label");
      Element value = group.selectFirst(".bar-value");
      row.appendElement("td")
          .addClass("bar-label")
          .appendChild(new TextNode(label == null ? "" : label.text()));
      row.appendElement("td")
          .addClass("bar-cell")
          .appendChild(bar(longest > 0 ? width(group.selectFirst("rect"), longest) : 0));
      row.appendElement("td")
          .addClass("bar-value")
          .appendChild(new TextNode(value == null ? "" : value.text()));
    }
    return table;
  }

  private static double parse(String number) {
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void render(Document document, PdfFonts fonts, LocalDate date, OutputStream out)
      throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(new W3CDom().fromJsoup(document), "about:blank");
    builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
    builder.defaultTextDirection(
        options.rightToLeft()
            ? BaseRendererBuilder.TextDirection.RTL
            : BaseRendererBuilder.TextDirection.LTR);
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
    // Lines break with the JDK's rules (the renderer's default): keepwise.jar leaves ICU's break
    // tables out.
    // Nothing is fetched: the stylesheet is inline and the fonts are given; no file, no network.
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    PDDocument pdf = new PDDocument();
    builder.usePDDocument(pdf);
    for (PdfFonts.Face face : fonts.faces()) {
      builder.useFont(
          new FaceWithoutLigatures(pdf, face.file()),
          face.family(),
          face.weight(),
          BaseRendererBuilder.FontStyle.NORMAL,
          true);
    }
    builder.withProducer("Keepwise");
    try (pdf;
        PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      renderer.createPDFKeepOpen();
      PDDocumentInformation info = pdf.getDocumentInformation();
      Calendar day = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
      day.clear();
      day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
      info.setCreationDate(day);
      info.setModificationDate(day);
      info.setCreator("Keepwise");
      COSString id = new COSString(identifier(document.outerHtml()));
      COSArray ids = new COSArray();
      ids.add(id);
      ids.add(id);
      pdf.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
      pdf.save(out);
    }
  }

  /**
   * A face, loaded into the document only when the renderer first sets text in it, with its glyph
   * substitution table (GSUB) turned off. PDFBox applies a font's Latin GSUB features by compiling
   * a regular expression for every word it draws (3.0.8's GsubWorkerForLatin), 6% of a 10,000
   * customer site build's CPU, and gains only ligatures such as "fi" by it. Persian is shaped
   * before PDFBox sees it (ICU's presentation forms) and Japanese needs no substitution.
   */
  private static final class FaceWithoutLigatures extends PDFontSupplier {
    private final PDDocument pdf;
    private final Path file;
    private PDFont font;

    FaceWithoutLigatures(PDDocument pdf, Path file) {
      super(null);
      this.pdf = pdf;
      this.file = file;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          TrueTypeFont face =
              new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)));
          face.setEnableGsub(false);
          font = PDType0Font.load(pdf, face, true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }
  }

  /** The document's identifier: a digest of what it shows, so the same review has the same one. */
  private static byte[] identifier(String content) {
    try {
      return Arrays.copyOf(
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)),
          16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
