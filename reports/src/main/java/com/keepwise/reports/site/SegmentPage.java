package com.keepwise.reports.site;

import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.ReasonCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One segment's review: its customers in a sortable, filterable table, their distribution over the
 * actions, the segment's worst problems, and what sales should look for and avoid.
 */
public final class SegmentPage {

  /**
   * Rows on the page; larger segments list their most urgent customers and link to the full list.
   */
  static final int ROWS = 1_000;

  public record View(
      Layout layout,
      String name,
      List<OverviewPage.Figure> totals,
      List<OverviewPage.ActionRow> actions,
      List<Problem> problems,
      List<String> lookFor,
      List<String> avoid,
      List<Tables.Row> rows,
      String shown,
      String allHref) {}

  /** A problem of the segment: how many customers have it, and the risk points it adds up to. */
  public record Problem(String name, String customers, String share, String points, double width) {}

  private SegmentPage() {}

  static View build(
      Layout layout,
      String name,
      PortfolioFigures.Group g,
      List<CustomerRow> customers,
      SiteText text,
      List<String> idealCustomerProfile,
      String allHref) {
    return build(layout, name, g, customers, text, idealCustomerProfile, allHref, ROWS);
  }

  /**
   * As above, listing at most {@code rows} customers, the most urgent first (the PDF lists fewer).
   */
  static View build(
      Layout layout,
      String name,
      PortfolioFigures.Group g,
      List<CustomerRow> customers,
      SiteText text,
      List<String> idealCustomerProfile,
      String allHref,
      int rows) {
    long count = g.customers();
    double revenue = g.revenue();
    List<OverviewPage.Figure> totals =
        List.of(
            new OverviewPage.Figure(text.t("overview.customers"), text.integer(count), ""),
            new OverviewPage.Figure(text.t("overview.revenue"), text.money(revenue), ""),
            new OverviewPage.Figure(
                text.t("overview.cost_to_serve"),
                text.money(g.costToServe()),
                revenue > 0
                    ? text.t("overview.of_revenue", text.percent(g.costToServe() / revenue))
                    : ""));
    long maxCount = 0;
    double maxRevenue = 0;
    double maxCost = 0;
    for (Action action : Action.values()) {
      maxCount = Math.max(maxCount, g.customers[action.ordinal()]);
      maxRevenue = Math.max(maxRevenue, g.revenue[action.ordinal()]);
      maxCost = Math.max(maxCost, g.costToServe[action.ordinal()]);
    }
    List<OverviewPage.ActionRow> actions = new ArrayList<>();
    for (Action action : Action.values()) {
      int i = action.ordinal();
      actions.add(
          new OverviewPage.ActionRow(
              ActionView.of(action, text),
              text.integer(g.customers[i]),
              count > 0 ? text.percent((double) g.customers[i] / count) : "",
              OverviewPage.width(g.customers[i], maxCount),
              text.money(g.revenue[i]),
              revenue > 0 ? text.percent(g.revenue[i] / revenue) : "",
              OverviewPage.width(g.revenue[i], maxRevenue),
              text.money(g.costToServe[i]),
              OverviewPage.width(g.costToServe[i], maxCost)));
    }
    List<Map.Entry<ReasonCode, long[]>> byCount = new ArrayList<>(g.reasonCounts.entrySet());
    byCount.sort(
        Comparator.comparingDouble(
                (Map.Entry<ReasonCode, long[]> e) -> -g.reasonPoints.get(e.getKey())[0])
            .thenComparing(Map.Entry::getKey));
    double maxPoints = byCount.isEmpty() ? 0 : g.reasonPoints.get(byCount.get(0).getKey())[0];
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<ReasonCode, long[]> e : byCount.subList(0, Math.min(8, byCount.size()))) {
      double points = g.reasonPoints.get(e.getKey())[0];
      problems.add(
          new Problem(
              text.word(e.getKey().messageKey()),
              text.integer(e.getValue()[0]),
              count > 0 ? text.percent((double) e.getValue()[0] / count) : "",
              text.number(points, 0),
              OverviewPage.width(points, maxPoints)));
    }
    List<String> avoid = new ArrayList<>();
    for (Map.Entry<ReasonCode, long[]> e : byCount.subList(0, Math.min(4, byCount.size()))) {
      avoid.add(text.t("prevention.avoid." + e.getKey().name().toLowerCase(java.util.Locale.ROOT)));
    }
    List<String> lookFor = new ArrayList<>(idealCustomerProfile);
    lookFor.add(text.t("prevention.look_for.payers"));
    lookFor.add(text.t("prevention.look_for.partners"));
    List<CustomerRow> sorted = new ArrayList<>(customers);
    sorted.sort(PortfolioFigures.URGENCY);
    List<CustomerRow> shown = sorted.subList(0, Math.min(rows, sorted.size()));
    String shownText =
        shown.size() < sorted.size()
            ? text.t("segment.shown_most_urgent", shown.size(), sorted.size())
            : text.t("segment.shown_all", sorted.size());
    return new View(
        layout,
        name,
        totals,
        actions,
        problems,
        lookFor,
        avoid,
        Tables.rows(shown, layout.root(), text),
        shownText,
        shown.size() < sorted.size() ? allHref : "");
  }
}
