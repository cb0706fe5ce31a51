package com.keepwise.reports.site;

import com.keepwise.domain.decision.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The portfolio at a glance: actions, revenue and cost to serve, the risk × value chart, urgent cases. */
public final class OverviewPage {

  static final String TEMPLATE = "pages/overview.ftlh";

  public record View(
      Layout layout,
      List<Figure> totals,
      List<ActionRow> actions,
      List<SegmentRow> segments,
      List<ActionView> actionHeads,
      Grid grid,
      List<Tables.Row> urgent,
      List<TroubleRow> trouble,
      List<String> idealProfile,
      List<String> notes,
      boolean downloads) {}

  /** A headline number. */
  public record Figure(String label, String value, String note) {}

  /** An action's customers, revenue and cost to serve; widths in percent for the bars. */
  public record ActionRow(ActionView action, String customers, String customerShare, double customerWidth, String revenue,
      String revenueShare, double revenueWidth, String cost, double costWidth) {}

  /** A segment's customers per action. */
  public record SegmentRow(String name, String href, String customers, String revenue, List<String> byAction) {}

  /** The risk × value chart: cells by risk band (rows, high risk first) and value band (columns). */
  public record Grid(List<GridRow> rows, List<String> valueLabels, String caption) {}

  public record GridRow(String riskLabel, List<GridCell> cells) {}

  /** A cell: its count, how dark it is (0–5), and what it says to a screen reader. */
  public record GridCell(String count, int shade, String title) {}

  /** Where trouble comes from: a group's customers and how many of them need new terms or worse. */
  public record TroubleRow(String group, String customers, String troubled, String troubledShare, String costShare) {}

  private OverviewPage() {}

  static View build(Layout layout, PortfolioFigures f, Map<String, String> segmentHrefs, SiteText text,
      List<String> idealProfile, List<String> notes, boolean downloads) {
    PortfolioFigures.Group all = f.portfolio;
    long customers = all.customers();
    double revenue = all.revenue();
    double atRisk = all.revenue[Action.REFER_ELSEWHERE.ordinal()] + all.revenue[Action.EXIT_NOW.ordinal()];
    double onNewTerms = all.revenue[Action.RESET_TERMS.ordinal()] + all.revenue[Action.WATCH.ordinal()];
    List<Figure> totals = List.of(
        new Figure(text.t("overview.customers"), text.integer(customers), ""),
        new Figure(text.t("overview.revenue"), text.money(revenue), ""),
        new Figure(text.t("overview.cost_to_serve"), text.money(all.costToServe()),
            revenue > 0 ? text.t("overview.of_revenue", text.percent(all.costToServe() / revenue)) : ""),
        new Figure(text.t("overview.revenue_at_risk"), text.money(atRisk),
            revenue > 0 ? text.t("overview.of_revenue", text.percent(atRisk / revenue)) : ""),
        new Figure(text.t("overview.revenue_on_watch"), text.money(onNewTerms),
            revenue > 0 ? text.t("overview.of_revenue", text.percent(onNewTerms / revenue)) : ""));
    long maxCount = max(all.customers);
    double maxRevenue = max(all.revenue);
    double maxCost = max(all.costToServe);
    List<ActionRow> actions = new ArrayList<>();
    List<ActionView> heads = new ArrayList<>();
    for (Action action : Action.values()) {
      int i = action.ordinal();
      heads.add(ActionView.of(action, text));
      actions.add(new ActionRow(ActionView.of(action, text), text.integer(all.customers[i]),
          customers > 0 ? text.percent((double) all.customers[i] / customers) : "", width(all.customers[i], maxCount),
          text.money(all.revenue[i]), revenue > 0 ? text.percent(all.revenue[i] / revenue) : "", width(all.revenue[i], maxRevenue),
          text.money(all.costToServe[i]), width(all.costToServe[i], maxCost)));
    }
    List<SegmentRow> segments = new ArrayList<>();
    f.segments.forEach((name, group) -> {
      List<String> byAction = new ArrayList<>();
      for (Action action : Action.values()) {
        byAction.add(text.integer(group.customers[action.ordinal()]));
      }
      segments.add(new SegmentRow(text.segment(name), segmentHrefs.getOrDefault(name, ""), text.integer(group.customers()),
          text.money(group.revenue()), byAction));
    });
    return new View(layout, totals, actions, segments, heads, grid(f, text), Tables.rows(f.urgent(), layout.root(), text),
        trouble(f, text), idealProfile, notes, downloads);
  }

  private static Grid grid(PortfolioFigures f, SiteText text) {
    long max = 0;
    for (long[] row : f.grid) {
      max = Math.max(max, max(row));
    }
    int step = 100 / PortfolioFigures.GRID;
    List<GridRow> rows = new ArrayList<>();
    for (int risk = PortfolioFigures.GRID - 1; risk >= 0; risk--) {
      List<GridCell> cells = new ArrayList<>();
      for (int value = 0; value < PortfolioFigures.GRID; value++) {
        long n = f.grid[risk][value];
        int shade = n == 0 ? 0 : (int) Math.ceil(5.0 * Math.log1p(n) / Math.log1p(Math.max(1, max)));
        cells.add(new GridCell(n == 0 ? "" : text.integer(n), shade,
            text.t("grid.cell", n, risk * step, (risk + 1) * step, value * step, (value + 1) * step)));
      }
      rows.add(new GridRow(text.t("grid.range", risk * step, (risk + 1) * step), cells));
    }
    List<String> valueLabels = new ArrayList<>();
    for (int value = 0; value < PortfolioFigures.GRID; value++) {
      valueLabels.add(text.t("grid.range", value * step, (value + 1) * step));
    }
    return new Grid(rows, valueLabels, text.t("grid.caption"));
  }

  /** Industries, regions and tiers where trouble concentrates, with at least five customers. */
  private static List<TroubleRow> trouble(PortfolioFigures f, SiteText text) {
    record Candidate(String group, PortfolioFigures.Group figures, double rate) {}
    List<Candidate> candidates = new ArrayList<>();
    f.attributes.forEach((attribute, groups) -> groups.forEach((value, g) -> {
      if (g.customers() >= 5) {
        candidates.add(new Candidate(text.t("attribute." + attribute, text.data(text.label(attribute, value))), g, (double) g.troubled() / g.customers()));
      }
    }));
    candidates.sort((a, b) -> a.rate() != b.rate() ? Double.compare(b.rate(), a.rate()) : a.group().compareTo(b.group()));
    List<TroubleRow> rows = new ArrayList<>();
    for (Candidate c : candidates.subList(0, Math.min(8, candidates.size()))) {
      double revenue = c.figures().revenue();
      rows.add(new TroubleRow(c.group(), text.integer(c.figures().customers()), text.integer(c.figures().troubled()),
          text.percent(c.rate()), revenue > 0 ? text.percent(c.figures().costToServe() / revenue) : "–"));
    }
    return rows;
  }

  static double width(double part, double max) {
    return max > 0 ? Math.round(1000 * part / max) / 10.0 : 0;
  }

  private static long max(long[] values) {
    long max = 0;
    for (long v : values) {
      max = Math.max(max, v);
    }
    return max;
  }

  private static double max(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
