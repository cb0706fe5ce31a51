package com.keepwise.reports.site;

import java.util.List;

/** The customer table every listing page shows, sortable and filterable in the browser. */
public record Tables() {

  /** One row: each cell as shown, and the raw value to sort by. */
  public record Row(
      String href,
      String id,
      String name,
      String segment,
      ActionView action,
      String actionRank,
      String risk,
      String riskSort,
      String value,
      String valueSort,
      String topReason,
      String topFact,
      String revenue,
      String revenueSort) {}

  static Row row(CustomerRow row, String root, SiteText text) {
    ActionView action = ActionView.of(row.action(), text);
    return new Row(
        row.href().isEmpty() ? "" : root + row.href(),
        row.id(),
        row.name(),
        text.segment(row.segment()),
        action,
        Integer.toString(row.action().rank()),
        text.number(row.risk(), 1),
        sortable(row.risk()),
        text.number(row.value(), 1),
        sortable(row.value()),
        row.topReason().isEmpty() ? "" : text.word(row.topReason()),
        row.topFact(),
        text.money(row.revenue()),
        sortable(row.revenue()));
  }

  static List<Row> rows(List<CustomerRow> rows, String root, SiteText text) {
    return rows.stream().map(r -> row(r, root, text)).toList();
  }

  private static String sortable(double value) {
    return com.keepwise.scoring.explain.Decimals.plain(value, 4);
  }
}
