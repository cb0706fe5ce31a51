package com.keepwise.reports.site;

import com.keepwise.domain.decision.Action;
import com.keepwise.scoring.policy.Policy;
import com.keepwise.scoring.policy.RiskBand;
import com.keepwise.scoring.policy.ValueBand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portfolio at a glance: the executive summary, whom to act on first ranked by the revenue at
 * stake, actions, revenue and cost to serve, segments, the risk × value matrix, prevention.
 */
public final class OverviewPage {

  public record View(
      Layout layout,
      List<String> summary,
      List<Figure> totals,
      List<ActionRow> actions,
      List<SegmentRow> segments,
      List<ActionView> actionHeads,
      BandGrid bands,
      List<ActFirst> actFirst,
      List<TroubleRow> trouble,
      List<String> idealCustomerProfile,
      List<String> notes,
      boolean downloads) {}

  /** A headline number. */
  public record Figure(String label, String value, String note) {}

  /** An action's customers, revenue and cost to serve; widths in percent for the bars. */
  public record ActionRow(
      ActionView action,
      String customers,
      String customerShare,
      double customerWidth,
      String revenue,
      String revenueShare,
      double revenueWidth,
      String cost,
      double costWidth) {}

  /** A segment's customers per action, and the revenue of those to let go. */
  public record SegmentRow(
      String name,
      String href,
      String customers,
      String revenue,
      List<String> byAction,
      String atStake,
      String atStakeShare) {}

  /**
   * The risk × value matrix of the policy's own bands: each cell coloured by the action the matrix
   * gives it, with its customers and revenue, and a link to the list of its customers.
   */
  public record BandGrid(List<BandRow> rows, List<String> valueLabels, String caption) {}

  public record BandRow(String riskLabel, List<BandCell> cells) {}

  /**
   * A cell; {@code byCustomers} and {@code byRevenue} are how dark it is (0–5) when weighed each
   * way.
   */
  public record BandCell(
      ActionView action,
      String customers,
      String revenue,
      String title,
      String href,
      int byCustomers,
      int byRevenue) {}

  /**
   * An action to act on first: its customers with the most revenue at stake, and the way to all of
   * them.
   */
  public record ActFirst(
      ActionView action, String heading, String shown, List<Tables.Row> rows, String allHref) {}

  /** Where trouble comes from: a group's customers and how many of them need new terms or worse. */
  public record TroubleRow(
      String group, String customers, String troubled, String troubledShare, String costShare) {}

  private OverviewPage() {}

  /** How many customers of each action to act on first the overview lists before linking to all. */
  static final int ACT_FIRST_ROWS = 12;

  /** Where the full list of an action's customers starts, from the site's root. */
  static String actionFile(Action action, int page) {
    String name =
        "customers/action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return name + (page == 1 ? "" : "-" + page) + ".html";
  }

  /** Where the list of a cell's customers starts, from the site's root. */
  static String cellFile(int cell, int page) {
    RiskBand risk = RiskBand.values()[cell / ValueBand.values().length];
    ValueBand value = ValueBand.values()[cell % ValueBand.values().length];
    String name =
        "customers/cell-"
            + risk.name().toLowerCase(java.util.Locale.ROOT)
            + "-risk-"
            + value.code()
            + "-value";
    return name + (page == 1 ? "" : "-" + page) + ".html";
  }

  /**
   * @param period the review window in words, for the summary
   * @param lists whether the action and cell lists are written (the customer pages are)
   */
  static View build(
      Layout layout,
      PortfolioFigures f,
      Map<String, String> segmentHrefs,
      SiteText text,
      List<String> idealCustomerProfile,
      List<String> notes,
      boolean downloads,
      Policy policy,
      String[] period,
      boolean lists) {
    PortfolioFigures.Group all = f.portfolio;
    long customers = all.customers();
    double revenue = all.revenue();
    double atRisk =
        all.revenue[Action.REFER_ELSEWHERE.ordinal()] + all.revenue[Action.EXIT_NOW.ordinal()];
    double onNewTerms =
        all.revenue[Action.RESET_TERMS.ordinal()] + all.revenue[Action.WATCH.ordinal()];
    List<Figure> totals =
        List.of(
            new Figure(text.t("overview.customers"), text.integer(customers), ""),
            new Figure(text.t("overview.revenue"), text.money(revenue), ""),
            new Figure(
                text.t("overview.cost_to_serve"),
                text.money(all.costToServe()),
                revenue > 0
                    ? text.t("overview.of_revenue", text.percent(all.costToServe() / revenue))
                    : ""),
            new Figure(
                text.t("overview.revenue_at_risk"),
                text.money(atRisk),
                revenue > 0 ? text.t("overview.of_revenue", text.percent(atRisk / revenue)) : ""),
            new Figure(
                text.t("overview.revenue_on_watch"),
                text.money(onNewTerms),
                revenue > 0
                    ? text.t("overview.of_revenue", text.percent(onNewTerms / revenue))
                    : ""));
    long maxCount = max(all.customers);
    double maxRevenue = max(all.revenue);
    double maxCost = max(all.costToServe);
    List<ActionRow> actions = new ArrayList<>();
    List<ActionView> heads = new ArrayList<>();
    for (Action action : Action.values()) {
      int i = action.ordinal();
      heads.add(ActionView.of(action, text));
      actions.add(
          new ActionRow(
              ActionView.of(action, text),
              text.integer(all.customers[i]),
              customers > 0 ? text.percent((double) all.customers[i] / customers) : "",
              width(all.customers[i], maxCount),
              text.money(all.revenue[i]),
              revenue > 0 ? text.percent(all.revenue[i] / revenue) : "",
              width(all.revenue[i], maxRevenue),
              text.money(all.costToServe[i]),
              width(all.costToServe[i], maxCost)));
    }
    List<SegmentRow> segments = new ArrayList<>();
    f.segments.forEach(
        (name, group) -> {
          List<String> byAction = new ArrayList<>();
          for (Action action : Action.values()) {
            byAction.add(text.integer(group.customers[action.ordinal()]));
          }
          double stake =
              group.revenue[Action.REFER_ELSEWHERE.ordinal()]
                  + group.revenue[Action.EXIT_NOW.ordinal()];
          segments.add(
              new SegmentRow(
                  text.segment(name),
                  segmentHrefs.getOrDefault(name, ""),
                  text.integer(group.customers()),
                  text.money(group.revenue()),
                  byAction,
                  text.money(stake),
                  group.revenue() > 0 ? text.percent(stake / group.revenue()) : ""));
        });
    List<ActFirst> actFirst = new ArrayList<>();
    for (Action action : PortfolioFigures.ACT_FIRST) {
      List<CustomerRow> ofAction = f.byRevenue(action);
      if (ofAction.isEmpty()) {
        continue;
      }
      List<CustomerRow> first = ofAction.subList(0, Math.min(ACT_FIRST_ROWS, ofAction.size()));
      ActionView view = ActionView.of(action, text);
      actFirst.add(
          new ActFirst(
              view,
              text.t(
                  "overview.act_first_action",
                  view.name(),
                  ofAction.size(),
                  text.money(f.portfolio.revenue[action.ordinal()])),
              first.size() < ofAction.size()
                  ? text.t("overview.act_first_some", first.size(), ofAction.size())
                  : text.t("overview.act_first_all", ofAction.size()),
              Tables.rows(first, layout.root(), text),
              lists ? layout.root() + actionFile(action, 1) : ""));
    }
    return new View(
        layout,
        summary(f, text, policy, period),
        totals,
        actions,
        segments,
        heads,
        bands(f, text, policy, layout.root(), lists),
        actFirst,
        trouble(f, text),
        idealCustomerProfile,
        notes,
        downloads);
  }

  /**
   * The executive summary: what the plan asks for in customers and money, what following it
   * changes, and the period the figures cover.
   */
  private static List<String> summary(
      PortfolioFigures f, SiteText text, Policy policy, String[] period) {
    PortfolioFigures.Group all = f.portfolio;
    double revenue = all.revenue();
    List<String> sentences = new ArrayList<>();
    sentences.add(
        text.t(
            "summary.portfolio",
            all.customers(),
            text.money(revenue),
            text.money(all.costToServe())));
    int exit = Action.EXIT_NOW.ordinal();
    int refer = Action.REFER_ELSEWHERE.ordinal();
    long letGo = all.customers[exit] + all.customers[refer];
    double letGoRevenue = all.revenue[exit] + all.revenue[refer];
    double letGoCost = all.costToServe[exit] + all.costToServe[refer];
    if (letGo > 0) {
      sentences.add(
          text.t(
              "summary.let_go",
              letGo,
              all.customers[exit],
              all.customers[refer],
              text.money(letGoRevenue),
              share(letGoRevenue, revenue, text),
              text.money(letGoCost)));
    }
    int reset = Action.RESET_TERMS.ordinal();
    if (all.customers[reset] > 0) {
      sentences.add(
          text.t(
              "summary.reset_terms",
              all.customers[reset],
              text.money(all.revenue[reset]),
              share(all.revenue[reset], revenue, text),
              text.money(all.costToServe[reset])));
    }
    int watch = Action.WATCH.ordinal();
    if (all.customers[watch] > 0) {
      sentences.add(
          text.t(
              "summary.watch",
              all.customers[watch],
              text.money(all.revenue[watch]),
              share(all.revenue[watch], revenue, text)));
    }
    long kept = all.customers[Action.NURTURE.ordinal()] + all.customers[Action.KEEP.ordinal()];
    double keptRevenue = all.revenue[Action.NURTURE.ordinal()] + all.revenue[Action.KEEP.ordinal()];
    if (kept > 0) {
      sentences.add(
          text.t("summary.keep", kept, text.money(keptRevenue), share(keptRevenue, revenue, text)));
    }
    if (letGo == 0 && all.customers[reset] == 0) {
      sentences.add(text.t("summary.nothing"));
    }
    if (letGo > 0) {
      sentences.add(
          text.t(
              "summary.kept",
              text.money(revenue - letGoRevenue),
              share(revenue - letGoRevenue, revenue, text),
              text.money(letGoCost)));
      double earned = letGoRevenue * policy.costModel().grossMargin() - letGoCost;
      sentences.add(
          earned < 0
              ? text.t("summary.outcome_costs", text.money(-earned))
              : text.t("summary.outcome_earns", text.money(earned)));
      long owing = f.owing[exit] + f.owing[refer];
      if (owing > 0) {
        sentences.add(text.t("summary.owed", owing, text.money(f.owed[exit] + f.owed[refer])));
      }
    }
    sentences.add(text.t("summary.period", period[0], period[1]));
    return sentences;
  }

  private static String share(double part, double whole, SiteText text) {
    return whole > 0 ? text.percent(part / whole) : "–";
  }

  /** The matrix of the policy's bands, high risk first, each cell with the matrix's action. */
  private static BandGrid bands(
      PortfolioFigures f, SiteText text, Policy policy, String root, boolean lists) {
    long maxCustomers = max(f.cellCustomers);
    double maxRevenue = max(f.cellRevenue);
    List<BandRow> rows = new ArrayList<>();
    for (int r = RiskBand.values().length - 1; r >= 0; r--) {
      RiskBand risk = RiskBand.values()[r];
      String riskLabel = text.t("band.risk." + risk.name().toLowerCase(java.util.Locale.ROOT));
      List<BandCell> cells = new ArrayList<>();
      for (ValueBand value : ValueBand.values()) {
        int cell = PortfolioFigures.cell(risk, value);
        long n = f.cellCustomers[cell];
        double revenue = f.cellRevenue[cell];
        ActionView action = ActionView.of(policy.matrix().action(risk, value), text);
        cells.add(
            new BandCell(
                action,
                text.integer(n),
                text.money(revenue),
                text.t(
                    "grid.band_cell",
                    n,
                    riskLabel,
                    text.t("band.value." + value.code()),
                    text.money(revenue),
                    action.name()),
                lists && n > 0 ? root + cellFile(cell, 1) : "",
                darkness(n, maxCustomers),
                darkness(revenue, maxRevenue)));
      }
      rows.add(new BandRow(riskLabel, cells));
    }
    List<String> valueLabels = new ArrayList<>();
    for (ValueBand value : ValueBand.values()) {
      valueLabels.add(text.t("band.value." + value.code()));
    }
    return new BandGrid(rows, valueLabels, text.t("grid.bands_caption"));
  }

  /** 0 for nothing, then 1 to 5 in proportion to the largest. */
  private static int darkness(double amount, double max) {
    return amount <= 0 || max <= 0 ? 0 : Math.max(1, (int) Math.ceil(5 * amount / max));
  }

  /** Industries, regions and tiers where trouble concentrates, with at least five customers. */
  private static List<TroubleRow> trouble(PortfolioFigures f, SiteText text) {
    record Candidate(String group, PortfolioFigures.Group figures, double rate) {}
    List<Candidate> candidates = new ArrayList<>();
    f.attributes.forEach(
        (attribute, groups) ->
            groups.forEach(
                (value, g) -> {
                  if (g.customers() >= 5) {
                    candidates.add(
                        new Candidate(
                            text.t(
                                "attribute." + attribute, text.data(text.label(attribute, value))),
                            g,
                            (double) g.troubled() / g.customers()));
                  }
                }));
    candidates.sort(
        (a, b) ->
            a.rate() != b.rate()
                ? Double.compare(b.rate(), a.rate())
                : a.group().compareTo(b.group()));
    List<TroubleRow> rows = new ArrayList<>();
    for (Candidate c : candidates.subList(0, Math.min(8, candidates.size()))) {
      double revenue = c.figures().revenue();
      rows.add(
          new TroubleRow(
              c.group(),
              text.integer(c.figures().customers()),
              text.integer(c.figures().troubled()),
              text.percent(c.rate()),
              revenue > 0 ? text.percent(c.figures().costToServe() / revenue) : "–"));
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
