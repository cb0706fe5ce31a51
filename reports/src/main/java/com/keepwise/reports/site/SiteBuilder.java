package com.keepwise.reports.site;

import com.keepwise.domain.dataset.SourceFile;
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
   * @param unchanged customer pages whose inputs had not changed since the previous site, kept from
   *     it rather than written again
   */
  public record Summary(
      long pages, long customerPages, long bytes, Path out, List<String> notices, long unchanged) {

    /** A build that kept no page of a previous site. */
    public Summary(long pages, long customerPages, long bytes, Path out, List<String> notices) {
      this(pages, customerPages, bytes, out, notices, 0);
    }
  }

  /** Builds the site into {@code out}, replacing a previous site there only when complete. */
  public Summary build(Path out) throws IOException {
    return build(out, new Timings());
  }

  /** As {@link #build(Path)}, saying in {@code timings} where the time went. */
  public Summary build(Path out, Timings timings) throws IOException {
    SiteDirectory directory = SiteDirectory.prepare(out);
    try (EvidenceStore store = EvidenceStore.open(options.dataDir())) {
      Path root = directory.staging();
      Counter counter = new Counter();
      Map<String, String> segmentFiles = segmentFiles(review.segments());
      PreviousPages previous =
          PreviousPages.of(
              directory.published(),
              PreviousPages.site(options, review.info().currency().toString()));
      timings.next("assess, write decisions and customer pages");
      PortfolioFigures figures = assessAndWrite(root, segmentFiles, store, counter, previous);
      timings.next(
          "write overview, segments, index, policy"
              + (options.pdf().enabled() ? ", review.pdf" : ""));
      List<String> notices = new ArrayList<>(renderSummaries(root, figures, segmentFiles, counter));
      copyAssets(root);
      notices.addAll(changedEvidence(store.mismatches()));
      long customerPages = counter.customerPages.get();
      timings.next("publish the site");
      directory.publish();
      return new Summary(
          counter.pages.get(),
          customerPages,
          size(directory.published()),
          out,
          List.copyOf(notices),
          counter.unchanged.get());
    } catch (IOException | RuntimeException e) {
      directory.abandon();
      throw e;
    }
  }

  /** How many rows shown as evidence are no longer the customer's, with the first few. */
  private static List<String> changedEvidence(List<String> mismatches) {
    if (mismatches.isEmpty()) {
      return List.of();
    }
    int shown = Math.min(5, mismatches.size());
    return List.of(
        mismatches.size()
            + " evidence row(s) changed after the dataset was read and are shown as no longer in"
            + " the file; build the site again to show the current rows: "
            + String.join("; ", mismatches.subList(0, shown))
            + (shown < mismatches.size() ? "; …" : ""));
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

  /** A page as it was written into the staged site. */
  private static String staged(Path root, String page) throws IOException {
    return Files.readString(root.resolve(page), StandardCharsets.UTF_8);
  }

  /**
   * The PDF: the overview, each segment (its most urgent customers only), each customer to act on.
   */
  private List<String> writePdf(
      Path root, PortfolioFigures figures, Map<String, String> segmentFiles) throws IOException {
    List<ReviewPdf.Part> parts = new ArrayList<>();
    if (options.has(SiteConfig.Section.OVERVIEW)) {
      String overview = staged(root, SitePage.OVERVIEW.path());
      parts.add(
          new ReviewPdf.Part(
              SitePage.OVERVIEW.path(), text.t(SitePage.OVERVIEW.titleKey()), 1, overview));
    }
    for (Map.Entry<String, String> segment : new java.util.TreeMap<>(segmentFiles).entrySet()) {
      String name = segment.getKey();
      String title = text.t(SitePage.SEGMENT.titleKey(), text.data(text.segment(name)));
      SegmentPage.View view =
          SegmentPage.build(
              layout(title, SitePage.SEGMENT),
              text.segment(name),
              figures.segments.get(name),
              figures.rowsBySegment.getOrDefault(name, List.of()),
              text,
              idealCustomerProfile(),
              "",
              OverviewPage.ACT_FIRST_ROWS);
      parts.add(
          new ReviewPdf.Part(
              segment.getValue(), title, 1, render(SitePage.SEGMENT.template(), view).toString()));
    }
    for (CustomerRow row : actFirst(figures)) {
      if (!row.href().isEmpty()) {
        String html = staged(root, row.href());
        parts.add(
            new ReviewPdf.Part(
                row.href(), text.t(SitePage.CUSTOMER.titleKey(), text.data(row.name())), 2, html));
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
    final AtomicLong unchanged = new AtomicLong();
  }

  /**
   * The one pass over the customers, each assessed once: on the assessing threads, each customer's
   * lines of the downloads, table row, page and letter are made and the page written; in
   * customer_id order, the portfolio's figures are gathered and the downloads and letters written.
   */
  private PortfolioFigures assessAndWrite(
      Path root,
      Map<String, String> segmentFiles,
      EvidenceStore store,
      Counter counter,
      PreviousPages previous)
      throws IOException {
    PortfolioFigures figures = new PortfolioFigures();
    boolean downloads = options.has(SiteConfig.Section.DOWNLOADS);
    boolean withPages = options.has(SiteConfig.Section.CUSTOMERS);
    String[] hrefs = hrefs(withPages);
    long pagesToBuild = java.util.Arrays.stream(hrefs).filter(h -> !h.isEmpty()).count();
    if (withPages) {
      Files.createDirectories(root.resolve("customers"));
      store.prepare(java.util.EnumSet.complementOf(java.util.EnumSet.of(SourceFile.CUSTOMERS)));
    }
    Letters.From from =
        Letters.From.of(
            options.letterHead(),
            options.client(),
            options.reviewedOn().orElse(review.info().asOf()));
    try (DecisionWriter csv = new DecisionsCsv(download(root, DecisionsCsv.FILE_NAME, downloads));
        DecisionWriter json =
            new DecisionsJson(
                download(root, DecisionsJson.FILE_NAME, downloads),
                PhraseRenderer.english(review.info().currency()));
        LettersCsv letters = withPages ? LettersCsv.create(root) : LettersCsv.none();
        PreviousPages.Writer fingerprints = PreviousPages.writer(root, withPages)) {
      long[] done = {0};
      review.forEachInOrder(
          i -> {
            Assessment a = review.assess(i);
            CustomerRow row = row(a, hrefs[i]);
            Written page =
                row.href().isEmpty()
                    ? Written.NONE
                    : writePage(root, a, row, segmentFiles, store, from, previous);
            return new Assessed(
                a, row, downloads ? csv.entry(a) : "", downloads ? json.entry(a) : "", page);
          },
          assessed -> {
            CustomerRow row = assessed.row();
            figures.add(assessed.assessment(), row);
            try {
              csv.append(assessed.csv());
              json.append(assessed.json());
              letters.append(assessed.page().letter());
              fingerprints.add(row.href(), assessed.page().fingerprint());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            if (row.href().isEmpty()) {
              progress.update("assessing customers", ++done[0], review.size());
            } else {
              counter.pages.incrementAndGet();
              counter.unchanged.addAndGet(assessed.page().kept() ? 1 : 0);
              progress.update(
                  "writing customer pages", counter.customerPages.incrementAndGet(), pagesToBuild);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return figures;
  }

  private record Assessed(
      Assessment assessment, CustomerRow row, String csv, String json, Written page) {}

  /**
   * A customer page written or kept: its letter's row in {@code letters.csv}, its fingerprint, and
   * whether it was kept from the previous site.
   */
  private record Written(String letter, String fingerprint, boolean kept) {
    static final Written NONE = new Written("", "", false);
  }

  /**
   * Each customer's page, in customer_id order; empty for those without one. Named in that order,
   * so names are the same whatever the threads do.
   */
  private String[] hrefs(boolean withPages) {
    String[] hrefs = new String[review.size()];
    for (int i = 0; i < hrefs.length; i++) {
      var customer = review.customer(i);
      String id = customer.id().value();
      hrefs[i] =
          withPages && options.reviews(customer.segment())
              ? SitePage.CUSTOMER.path()
                  + names.fileFor(
                      "customer:" + id, options.pseudonymise() ? Aliases.of(id, text) : id)
              : "";
    }
    return hrefs;
  }

  /**
   * Writes a customer's page, or keeps it from the previous site when nothing it is made of
   * changed.
   */
  private Written writePage(
      Path root,
      Assessment a,
      CustomerRow row,
      Map<String, String> segmentFiles,
      EvidenceStore store,
      Letters.From from,
      PreviousPages previous) {
    Layout layout =
        layout(text.t(SitePage.CUSTOMER.titleKey(), text.data(row.name())), SitePage.CUSTOMER);
    CustomerPage.Inputs inputs =
        CustomerPage.inputs(
            a,
            row,
            layout,
            relativeFromCustomers(segmentFiles.get(a.customer().segment())),
            text,
            store,
            review.policy(),
            options.analyst(),
            from);
    String fingerprint = CustomerPage.fingerprint(inputs, previous.site(), pages.get());
    String letter =
        LettersCsv.record(row.id(), row.name(), a.decision().action().name(), inputs.letter());
    try {
      if (previous.keep(row.href(), fingerprint, root)) {
        return new Written(letter, fingerprint, true);
      }
      write(
          root.resolve(row.href()),
          SitePage.CUSTOMER.template(),
          CustomerPage.build(inputs, text, options.analyst()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Written(letter, fingerprint, false);
  }

  private static Writer download(Path root, String file, boolean wanted) throws IOException {
    return wanted
        ? new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(root.resolve(file)), StandardCharsets.UTF_8),
            1 << 16)
        : Writer.nullWriter();
  }

  /** How a customer shows in tables and on their page; an alias instead of names when asked. */
  private CustomerRow row(Assessment a, String href) {
    String id = a.customer().id().value();
    String name = options.pseudonymise() ? Aliases.of(id, text) : a.customer().name();
    String shownId = options.pseudonymise() ? Aliases.code(id) : id;
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

  private Map<String, String> segmentFiles(java.util.SortedSet<String> segments) {
    Map<String, String> files = new HashMap<>();
    if (options.has(SiteConfig.Section.SEGMENTS)) {
      for (String segment : segments) {
        if (options.reviews(segment)) {
          files.put(
              segment, SitePage.SEGMENT.path() + names.fileFor("segment:" + segment, segment));
        }
      }
    }
    return files;
  }

  private static String relativeFromCustomers(String segmentFile) {
    return segmentFile == null ? "" : "../" + segmentFile;
  }

  /**
   * Writes the pages built from the portfolio's figures after the assessing pass, as {@link
   * SitePage} registers them, and the PDF, which starts from the overview, on a thread of its own
   * beside the others: each takes one processor (100,000 customers: 3.6 s of pages, 3.1 s of PDF).
   * Returns the PDF's notices.
   */
  private List<String> renderSummaries(
      Path root, PortfolioFigures figures, Map<String, String> segmentFiles, Counter counter)
      throws IOException {
    Summaries summaries = new Summaries(root, figures, segmentFiles, counter);
    List<SitePage> pages =
        java.util.Arrays.stream(SitePage.values())
            .filter(page -> options.has(page.section()) && page.summary().isPresent())
            .toList();
    if (pages.contains(SitePage.OVERVIEW)) { // first: the PDF opens with it
      summaries.overview();
    }
    if (!options.pdf().enabled()) {
      writeSummaries(pages, summaries);
      return List.of();
    }
    ExecutorService pdfThread = Parallel.pool("pdf", 1);
    try {
      Future<List<String>> pdf = pdfThread.submit(() -> writePdf(root, figures, segmentFiles));
      try {
        writeSummaries(pages, summaries);
      } catch (IOException | RuntimeException e) {
        // The PDF writes into the staged site, which a failure removes: it ends first.
        try {
          Parallel.join(pdf);
        } catch (IOException | RuntimeException alsoFailed) {
          e.addSuppressed(alsoFailed);
        }
        throw e;
      }
      return Parallel.join(pdf);
    } finally {
      pdfThread.shutdown();
    }
  }

  private void writeSummaries(List<SitePage> pages, Summaries summaries) throws IOException {
    for (SitePage page : pages) {
      if (page != SitePage.OVERVIEW) {
        page.summary().get().write(summaries);
      }
    }
  }

  /** The pages built from the portfolio's figures; each method writes one {@link SitePage}'s. */
  final class Summaries {
    private final Path root;
    private final PortfolioFigures figures;
    private final Map<String, String> segmentFiles;
    private final Counter counter;

    private Summaries(
        Path root, PortfolioFigures figures, Map<String, String> segmentFiles, Counter counter) {
      this.root = root;
      this.figures = figures;
      this.segmentFiles = segmentFiles;
      this.counter = counter;
    }

    private void page(SitePage page, String file, Object view) throws IOException {
      write(root.resolve(file), page.template(), view);
      counter.pages.incrementAndGet();
    }

    void overview() throws IOException {
      String[] period = {
        text.date(review.window().start().plusDays(1)), text.date(review.window().asOf())
      };
      page(
          SitePage.OVERVIEW,
          SitePage.OVERVIEW.path(),
          OverviewPage.build(
              layout(text.t(SitePage.OVERVIEW.titleKey()), SitePage.OVERVIEW),
              figures,
              segmentFiles,
              text,
              idealCustomerProfile(),
              notes(),
              options.has(SiteConfig.Section.DOWNLOADS),
              review.policy().policy(),
              period,
              options.has(SiteConfig.Section.CUSTOMERS)));
    }

    void segments() throws IOException {
      Files.createDirectories(root.resolve(SitePage.SEGMENT.path()));
      List<String> ideal = idealCustomerProfile();
      for (Map.Entry<String, String> segment : segmentFiles.entrySet()) {
        String name = segment.getKey();
        page(
            SitePage.SEGMENT,
            segment.getValue(),
            SegmentPage.build(
                layout(
                    text.t(SitePage.SEGMENT.titleKey(), text.data(text.segment(name))),
                    SitePage.SEGMENT),
                text.segment(name),
                figures.segments.get(name),
                figures.rowsBySegment.getOrDefault(name, List.of()),
                text,
                ideal,
                options.has(SitePage.CUSTOMERS.section())
                    ? SitePage.SEGMENT.root() + SitePage.CUSTOMERS.path()
                    : ""));
      }
    }

    void customerLists() throws IOException {
      List<CustomerRow> listed = figures.rows.stream().filter(r -> !r.href().isEmpty()).toList();
      for (int n = 1; n <= CustomerIndexPage.pages(listed.size()); n++) {
        page(
            SitePage.CUSTOMERS,
            "customers/" + CustomerIndexPage.file(n),
            CustomerIndexPage.build(
                layout(text.t(SitePage.CUSTOMERS.titleKey()), SitePage.CUSTOMERS),
                listed,
                n,
                text));
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
        list(rows, text.t("list.action_title", name), n -> OverviewPage.actionFile(action, n));
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
        list(
            rows,
            text.t(
                "list.cell_title",
                text.t("band.risk." + risk.name().toLowerCase(Locale.ROOT)),
                text.t("band.value." + value.code())),
            n -> OverviewPage.cellFile(at, n));
      }
    }

    /** A list of customers, the most revenue first, on as many pages as it takes. */
    private void list(
        List<CustomerRow> rows, String title, java.util.function.IntFunction<String> file)
        throws IOException {
      if (rows.isEmpty()) {
        return;
      }
      for (int n = 1; n <= CustomerIndexPage.pages(rows.size()); n++) {
        page(
            SitePage.CUSTOMERS,
            file.apply(n),
            CustomerIndexPage.build(
                layout(title, SitePage.CUSTOMERS),
                rows,
                n,
                text,
                "list.heading",
                m -> file.apply(m).substring("customers/".length()),
                false));
      }
    }

    void policy() throws IOException {
      page(
          SitePage.POLICY,
          SitePage.POLICY.path(),
          PolicyPage.build(
              layout(text.t(SitePage.POLICY.titleKey()), SitePage.POLICY),
              review.policy(),
              text,
              options.analyst()));
    }

    void dataQuality() throws IOException {
      String window =
          text.t(
              "data.window_value",
              text.date(review.window().start().plusDays(1)),
              text.date(review.window().asOf()));
      page(
          SitePage.DATA_QUALITY,
          SitePage.DATA_QUALITY.path(),
          DataQualityPage.build(
              layout(text.t(SitePage.DATA_QUALITY.titleKey()), SitePage.DATA_QUALITY),
              review.report(),
              window,
              text));
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

  /**
   * The frame of a page of {@code current}: the navigation links to every page {@link SitePage}
   * registers as linked, of the sections the site has, marking the page's own.
   */
  private Layout layout(String pageTitle, SitePage current) {
    String root = current.root();
    List<Layout.NavItem> nav = new ArrayList<>();
    for (SitePage page : SitePage.values()) {
      if (page.linked() && options.has(page.section())) {
        nav.add(new Layout.NavItem(root + page.path(), text.t(page.titleKey()), page == current));
      }
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
