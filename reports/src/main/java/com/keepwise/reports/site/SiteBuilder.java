package com.keepwise.reports.site;

import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.reports.Parallel;
import com.keepwise.reports.dataset.EvidenceStore;
import com.keepwise.reports.decisions.DecisionWriter;
import com.keepwise.reports.decisions.DecisionsCsv;
import com.keepwise.reports.decisions.DecisionsJson;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.review.Timings;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the review site: one pass over the assessments gathers the portfolio's figures (and writes
 * the decisions), the evidence rows the pages need are read back in one pass over the files, then
 * customer pages are rendered in parallel, then the overview, segment, index, policy and
 * data-quality pages. Everything is written aside and moved into place at the end.
 */
public final class SiteBuilder {

  /** The assets every site carries, under {@code assets/}. */
  static final List<String> ASSETS = List.of("site.css", "print.css", "site.js");

  private static final int CHUNK = 512;

  private final PortfolioReview review;
  private final SiteOptions options;
  private final SiteText text;
  private final Templates templates;
  private final PageNames names = new PageNames();
  private final Progress progress;
  private final ThreadLocal<PageBuffer> pages = ThreadLocal.withInitial(PageBuffer::new);

  public SiteBuilder(PortfolioReview review, SiteOptions options, Progress progress)
      throws IOException {
    this.review = review;
    this.options = options;
    this.progress = progress;
    this.text =
        new SiteText(
            options.locale(), review.info().currency(), options.currencySymbol(), options.labels());
    this.templates = new Templates(options.locale(), options.templates());
  }

  /**
   * What a build wrote.
   *
   * @param notices what the user should know about the result, such as characters the PDF lacks a
   *     font for
   */
  public record Summary(
      long pages, long customerPages, long bytes, Path out, List<String> notices) {}

  /** Builds the site into {@code out}, replacing a previous site there only when complete. */
  public Summary build(Path out) throws IOException {
    return build(out, new Timings());
  }

  /** As {@link #build(Path)}, saying in {@code timings} where the time went. */
  public Summary build(Path out, Timings timings) throws IOException {
    SiteDirectory directory = SiteDirectory.prepare(out);
    try {
      Path root = directory.staging();
      Counter counter = new Counter();
      timings.next("assess, gather figures, write decisions");
      PortfolioFigures figures = gather(root);
      Map<String, String> segmentFiles = segmentFiles(figures);
      Printed printed = new Printed(options.pdf().enabled(), actFirst(figures));
      if (options.has(SiteConfig.Section.CUSTOMERS)) {
        timings.next("read back the evidence rows");
        EvidenceStore store = EvidenceStore.read(options.dataDir(), figures.evidenceLines);
        timings.next("assess again, write customer pages");
        renderCustomers(root, figures, segmentFiles, store, counter, printed);
      }
      timings.next("write overview, segments, index, policy");
      renderSummaries(root, figures, segmentFiles, counter, printed);
      copyAssets(root);
      List<String> notices = List.of();
      if (options.pdf().enabled()) {
        timings.next("write review.pdf");
        notices = writePdf(root, figures, segmentFiles, printed);
      }
      long customerPages = counter.customerPages.get();
      timings.next("publish the site");
      directory.publish();
      return new Summary(
          counter.pages.get(), customerPages, size(directory.published()), out, notices);
    } catch (IOException | RuntimeException e) {
      directory.abandon();
      throw e;
    }
  }

  /**
   * The pages review.pdf prints, kept as the site renders them: the overview and the customers to
   * act on.
   */
  private static final class Printed {
    final boolean wanted;
    final List<CustomerRow> customers;
    final Map<String, String> pages = new java.util.concurrent.ConcurrentHashMap<>();

    Printed(boolean wanted, List<CustomerRow> actFirst) {
      this.wanted = wanted;
      this.customers = actFirst.stream().filter(r -> !r.href().isEmpty()).toList();
    }

    boolean keeps(CustomerRow row) {
      return wanted && customers.stream().anyMatch(c -> c.href().equals(row.href()));
    }
  }

  /**
   * The customers the overview lists to act on first: per action, the most revenue at stake first.
   */
  private static List<CustomerRow> actFirst(PortfolioFigures figures) {
    List<CustomerRow> rows = new ArrayList<>();
    for (var action : PortfolioFigures.ACT_FIRST) {
      List<CustomerRow> ofAction = figures.byRevenue(action);
      rows.addAll(ofAction.subList(0, Math.min(OverviewPage.ACT_FIRST_ROWS, ofAction.size())));
    }
    return rows;
  }

  /**
   * The PDF: the overview, each segment (its most urgent customers only), each customer to act on.
   */
  private List<String> writePdf(
      Path root, PortfolioFigures figures, Map<String, String> segmentFiles, Printed printed)
      throws IOException {
    List<ReviewPdf.Part> parts = new ArrayList<>();
    String overview = printed.pages.get("index.html");
    if (overview != null) {
      parts.add(new ReviewPdf.Part("index.html", text.t("nav.overview"), 1, overview));
    }
    for (Map.Entry<String, String> segment : new java.util.TreeMap<>(segmentFiles).entrySet()) {
      String name = segment.getKey();
      String title = text.t("segment.title", text.data(text.segment(name)));
      SegmentPage.View view =
          SegmentPage.build(
              layout(title, "../", "segment:" + name),
              text.segment(name),
              figures.segments.get(name),
              figures.rowsBySegment.getOrDefault(name, List.of()),
              text,
              idealCustomerProfile(),
              "",
              OverviewPage.ACT_FIRST_ROWS);
      parts.add(
          new ReviewPdf.Part(
              segment.getValue(), title, 1, render(SegmentPage.TEMPLATE, view).toString()));
    }
    for (CustomerRow row : printed.customers) {
      String html = printed.pages.get(row.href());
      if (html != null) {
        parts.add(
            new ReviewPdf.Part(
                row.href(), text.t("customer.title", text.data(row.name())), 2, html));
      }
    }
    String about =
        text.t(
            "footer",
            PolicyWords.name(review.policy(), text),
            review.info().name().isEmpty() ? "–" : text.data(review.info().name()),
            text.date(review.info().asOf()));
    return new ReviewPdf(templates, text, options)
        .write(
            root.resolve(ReviewPdf.FILE_NAME),
            parts,
            options.reviewedOn().orElse(review.info().asOf()),
            about);
  }

  private static final class Counter {
    final AtomicLong pages = new AtomicLong();
    final AtomicLong customerPages = new AtomicLong();
  }

  /** The first pass: figures, table rows, the evidence to read back, and the downloads. */
  private PortfolioFigures gather(Path root) throws IOException {
    PortfolioFigures figures = new PortfolioFigures();
    boolean downloads = options.has(SiteConfig.Section.DOWNLOADS);
    try (DecisionWriter csv = new DecisionsCsv(download(root, DecisionsCsv.FILE_NAME, downloads));
        DecisionWriter json =
            new DecisionsJson(
                download(root, DecisionsJson.FILE_NAME, downloads),
                PhraseRenderer.english(review.info().currency()))) {
      long[] done = {0};
      // The downloads' text is made on the assessing threads; figures and rows are gathered in
      // order.
      review.forEachInOrder(
          i -> {
            Assessment a = review.assess(i);
            return new Assessed(a, downloads ? csv.entry(a) : "", downloads ? json.entry(a) : "");
          },
          assessed -> {
            Assessment a = assessed.assessment();
            boolean withPage =
                options.has(SiteConfig.Section.CUSTOMERS)
                    && options.reviews(a.customer().segment());
            figures.add(a, row(a, withPage), withPage);
            try {
              csv.append(assessed.csv());
              json.append(assessed.json());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            progress.update("assessing customers", ++done[0], review.size());
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return figures;
  }

  private record Assessed(Assessment assessment, String csv, String json) {}

  private static Writer download(Path root, String file, boolean wanted) throws IOException {
    return wanted
        ? new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(root.resolve(file)), StandardCharsets.UTF_8),
            1 << 16)
        : Writer.nullWriter();
  }

  /** How a customer shows in tables and on their page; an alias instead of names when asked. */
  private CustomerRow row(Assessment a, boolean withPage) {
    String id = a.customer().id().value();
    String alias = Aliases.of(id, text);
    String name = options.pseudonymise() ? alias : a.customer().name();
    String shownId = options.pseudonymise() ? Aliases.code(id) : id;
    String href =
        withPage
            ? "customers/" + names.fileFor("customer:" + id, options.pseudonymise() ? alias : id)
            : "";
    String topReason = "";
    String topFact = "";
    for (Reason reason : a.decision().reasons()) {
      topReason = reason.code().messageKey();
      topFact = text.say(reason.fact());
      if (reason.code().kind() != ReasonCode.Kind.VALUE || a.decision().action().rank() <= 1) {
        break;
      }
    }
    return new CustomerRow(
        shownId,
        name,
        a.customer().segment(),
        a.decision().action(),
        a.decision().risk().value(),
        a.decision().value().value(),
        topReason,
        topFact,
        a.customer().annualRevenue().toDouble(),
        href,
        PortfolioFigures.cell(a.riskBand(), a.valueBand()));
  }

  private Map<String, String> segmentFiles(PortfolioFigures figures) {
    Map<String, String> files = new HashMap<>();
    if (options.has(SiteConfig.Section.SEGMENTS)) {
      for (String segment : figures.segments.keySet()) {
        if (options.reviews(segment)) {
          files.put(segment, "segments/" + names.fileFor("segment:" + segment, segment));
        }
      }
    }
    return files;
  }

  /**
   * Customer pages, in parallel: each worker assesses a chunk of customers again and writes their
   * pages.
   */
  private void renderCustomers(
      Path root,
      PortfolioFigures figures,
      Map<String, String> segmentFiles,
      EvidenceStore store,
      Counter counter,
      Printed printed)
      throws IOException {
    Files.createDirectories(root.resolve("customers"));
    ExecutorService pool = Parallel.pool("pages", Parallel.processors());
    try {
      List<Future<?>> chunks = new ArrayList<>();
      int total = figures.rows.size();
      long pagesToBuild = figures.rows.stream().filter(r -> !r.href().isEmpty()).count();
      Letters.From from =
          Letters.From.of(
              options.letterHead(),
              options.client(),
              options.reviewedOn().orElse(review.info().asOf()));
      int parts = 0;
      for (int first = 0; first < total; first += CHUNK) {
        int start = first;
        int end = Math.min(total, first + CHUNK);
        int part = parts++;
        chunks.add(
            pool.submit(
                () -> {
                  LettersCsv letters = new LettersCsv();
                  for (int i = start; i < end; i++) {
                    CustomerRow row = figures.rows.get(i);
                    if (row.href().isEmpty()) {
                      continue;
                    }
                    Assessment a = review.assess(i);
                    Layout layout =
                        layout(text.t("customer.title", text.data(row.name())), "../", "");
                    CustomerPage.View view =
                        CustomerPage.build(
                            a,
                            row,
                            layout,
                            relativeFromCustomers(segmentFiles.get(a.customer().segment())),
                            text,
                            store,
                            review.policy(),
                            options.analyst(),
                            from);
                    PageBuffer html = write(root.resolve(row.href()), CustomerPage.TEMPLATE, view);
                    if (printed.keeps(row)) {
                      printed.pages.put(row.href(), html.toString());
                    }
                    letters.add(row.id(), row.name(), a.decision().action().name(), view.letter());
                    counter.pages.incrementAndGet();
                    progress.update(
                        "writing customer pages",
                        counter.customerPages.incrementAndGet(),
                        pagesToBuild);
                  }
                  letters.savePart(root, part);
                  return null;
                }));
      }
      for (Future<?> chunk : chunks) {
        Parallel.join(chunk);
      }
      LettersCsv.join(root, parts);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String relativeFromCustomers(String segmentFile) {
    return segmentFile == null ? "" : "../" + segmentFile;
  }

  private void renderSummaries(
      Path root,
      PortfolioFigures figures,
      Map<String, String> segmentFiles,
      Counter counter,
      Printed printed)
      throws IOException {
    List<String> ideal = idealCustomerProfile();
    boolean lists = options.has(SiteConfig.Section.CUSTOMERS);
    if (options.has(SiteConfig.Section.OVERVIEW)) {
      String[] period = {
        text.date(review.window().start().plusDays(1)), text.date(review.window().asOf())
      };
      OverviewPage.View view =
          OverviewPage.build(
              layout(text.t("nav.overview"), "", "overview"),
              figures,
              segmentFiles,
              text,
              ideal,
              notes(),
              options.has(SiteConfig.Section.DOWNLOADS),
              review.policy().policy(),
              period,
              lists);
      PageBuffer html = write(root.resolve("index.html"), OverviewPage.TEMPLATE, view);
      if (printed.wanted) {
        printed.pages.put("index.html", html.toString());
      }
      counter.pages.incrementAndGet();
    }
    if (options.has(SiteConfig.Section.SEGMENTS)) {
      Files.createDirectories(root.resolve("segments"));
      for (Map.Entry<String, String> segment : segmentFiles.entrySet()) {
        String name = segment.getKey();
        SegmentPage.View view =
            SegmentPage.build(
                layout(
                    text.t("segment.title", text.data(text.segment(name))),
                    "../",
                    "segment:" + name),
                text.segment(name),
                figures.segments.get(name),
                figures.rowsBySegment.getOrDefault(name, List.of()),
                text,
                ideal,
                options.has(SiteConfig.Section.CUSTOMERS) ? "../customers/index.html" : "");
        write(root.resolve(segment.getValue()), SegmentPage.TEMPLATE, view);
        counter.pages.incrementAndGet();
      }
    }
    if (options.has(SiteConfig.Section.CUSTOMERS)) {
      List<CustomerRow> listed = figures.rows.stream().filter(r -> !r.href().isEmpty()).toList();
      for (int page = 1; page <= CustomerIndexPage.pages(listed.size()); page++) {
        CustomerIndexPage.View view =
            CustomerIndexPage.build(
                layout(text.t("nav.customers"), "../", "customers"), listed, page, text);
        write(
            root.resolve("customers").resolve(CustomerIndexPage.file(page)),
            CustomerIndexPage.TEMPLATE,
            view);
        counter.pages.incrementAndGet();
      }
      AllCustomers.write(
          root.resolve("customers").resolve(AllCustomers.FILE_NAME),
          Tables.rows(listed, "../", text));
      // Every action's customers and every cell's, the most revenue first: no list stops short.
      for (com.keepwise.domain.decision.Action action :
          com.keepwise.domain.decision.Action.values()) {
        List<CustomerRow> rows =
            figures.byRevenue(action).stream().filter(r -> !r.href().isEmpty()).toList();
        String name = ActionView.of(action, text).name();
        writeList(
            root,
            rows,
            text.t("list.action_title", name),
            n -> OverviewPage.actionFile(action, n),
            counter);
      }
      for (int cell = 0; cell < figures.cellCustomers.length; cell++) {
        List<CustomerRow> rows =
            figures.inCell(cell).stream().filter(r -> !r.href().isEmpty()).toList();
        if (rows.isEmpty()) {
          continue;
        }
        var risk =
            com.keepwise.scoring.policy.RiskBand.values()[
                cell / com.keepwise.scoring.policy.ValueBand.values().length];
        var value =
            com.keepwise.scoring.policy.ValueBand.values()[
                cell % com.keepwise.scoring.policy.ValueBand.values().length];
        int at = cell;
        writeList(
            root,
            rows,
            text.t(
                "list.cell_title",
                text.t("band.risk." + risk.name().toLowerCase(Locale.ROOT)),
                text.t("band.value." + value.code())),
            n -> OverviewPage.cellFile(at, n),
            counter);
      }
    }
    if (options.has(SiteConfig.Section.POLICY)) {
      write(
          root.resolve("policy.html"),
          PolicyPage.TEMPLATE,
          PolicyPage.build(
              layout(text.t("nav.policy"), "", "policy"),
              review.policy(),
              text,
              options.analyst()));
      counter.pages.incrementAndGet();
    }
    if (options.has(SiteConfig.Section.DATA_QUALITY)) {
      String window =
          text.t(
              "data.window_value",
              text.date(review.window().start().plusDays(1)),
              text.date(review.window().asOf()));
      write(
          root.resolve("data-quality.html"),
          DataQualityPage.TEMPLATE,
          DataQualityPage.build(
              layout(text.t("nav.data_quality"), "", "data_quality"),
              review.report(),
              window,
              text));
      counter.pages.incrementAndGet();
    }
  }

  /** A list of customers, the most revenue first, on as many pages as it takes. */
  private void writeList(
      Path root,
      List<CustomerRow> rows,
      String title,
      java.util.function.IntFunction<String> file,
      Counter counter)
      throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    for (int page = 1; page <= CustomerIndexPage.pages(rows.size()); page++) {
      CustomerIndexPage.View view =
          CustomerIndexPage.build(
              layout(title, "../", "customers"),
              rows,
              page,
              text,
              "list.heading",
              n -> file.apply(n).substring("customers/".length()),
              false);
      write(root.resolve(file.apply(page)), CustomerIndexPage.TEMPLATE, view);
      counter.pages.incrementAndGet();
    }
  }

  private List<String> idealCustomerProfile() {
    var ideal = review.policy().policy().idealCustomerProfile();
    List<String> items = new ArrayList<>();
    if (!ideal.segments().isEmpty()) {
      items.add(
          text.t(
              "ideal.segments",
              text.dataList(ideal.segments().stream().map(text::segment).toList())));
    }
    if (!ideal.industries().isEmpty()) {
      items.add(
          text.t(
              "ideal.industries",
              text.dataList(ideal.industries().stream().map(text::industry).toList())));
    }
    if (!ideal.regions().isEmpty()) {
      items.add(
          text.t(
              "ideal.regions", text.dataList(ideal.regions().stream().map(text::region).toList())));
    }
    if (!ideal.tiers().isEmpty()) {
      items.add(
          text.t("ideal.tiers", text.dataList(ideal.tiers().stream().map(text::tier).toList())));
    }
    return items;
  }

  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    var report = review.report();
    if (report.hasProblems()) {
      notes.add(text.t("note.skipped", report.skippedRows(), report.problemCount()));
    }
    return notes;
  }

  /** The frame of a page; {@code current} names its section in the navigation. */
  private Layout layout(String pageTitle, String root, String current) {
    List<Layout.NavItem> nav = new ArrayList<>();
    if (options.has(SiteConfig.Section.OVERVIEW)) {
      nav.add(
          new Layout.NavItem(
              root + "index.html", text.t("nav.overview"), current.equals("overview")));
    }
    if (options.has(SiteConfig.Section.CUSTOMERS)) {
      nav.add(
          new Layout.NavItem(
              root + "customers/index.html", text.t("nav.customers"), current.equals("customers")));
    }
    if (options.has(SiteConfig.Section.POLICY)) {
      nav.add(
          new Layout.NavItem(root + "policy.html", text.t("nav.policy"), current.equals("policy")));
    }
    if (options.has(SiteConfig.Section.DATA_QUALITY)) {
      nav.add(
          new Layout.NavItem(
              root + "data-quality.html",
              text.t("nav.data_quality"),
              current.equals("data_quality")));
    }
    String footer =
        text.t(
                "footer",
                PolicyWords.name(review.policy(), text),
                review.info().name().isEmpty() ? "–" : text.data(review.info().name()),
                text.date(review.info().asOf()))
            + options
                .reviewedOn()
                .map(day -> " · " + text.t("footer.reviewed_on", text.date(day)))
                .orElse("");
    return new Layout(
        options.locale().toLanguageTag(),
        options.rightToLeft() ? "rtl" : "ltr",
        options.title(),
        options.client(),
        pageTitle,
        root,
        nav,
        footer);
  }

  /** Writes a page; returns its text, valid until this thread renders the next page. */
  private PageBuffer write(Path file, String template, Object view) throws IOException {
    PageBuffer page = render(template, view);
    page.saveTo(file);
    return page;
  }

  private PageBuffer render(String template, Object view) throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("page", view);
    model.put("t", new TextMethod(text));
    PageBuffer page = pages.get().reset();
    templates.render(template, model, page);
    return page;
  }

  private void copyAssets(Path root) throws IOException {
    Path assets = Files.createDirectories(root.resolve("assets"));
    for (String asset : ASSETS) {
      Path override =
          options.templates().map(dir -> dir.resolve("static").resolve(asset)).orElse(null);
      if (override != null && Files.isRegularFile(override)) {
        Templates.refuseLinksOut(options.templates().get());
        Files.copy(override, assets.resolve(asset));
        continue;
      }
      try (InputStream in =
          SiteBuilder.class.getResourceAsStream(Templates.ROOT + "/static/" + asset)) {
        if (in == null) {
          throw new SiteException("missing built-in asset " + asset);
        }
        Files.copy(in, assets.resolve(asset));
      }
    }
  }

  private static long size(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** The site's language, for messages that need it. */
  Locale locale() {
    return options.locale();
  }
}
