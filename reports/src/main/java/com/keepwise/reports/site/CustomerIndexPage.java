package com.keepwise.reports.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A list of customers, a thousand to a page, with links between the pages: every customer by
 * customer_id (the index), or the customers of one action or one cell of the matrix, the most
 * revenue first. The index's search and filters cover every customer, not only the page's.
 */
public final class CustomerIndexPage {

  static final int ROWS = 1_000;

  /**
   * @param heading what the page holds, e.g. "Customers 1 to 1,000 of 4,210, by customer id"
   * @param searchAll whether the table's search and filters go over every customer ({@code all.js})
   */
  public record View(
      Layout layout,
      String heading,
      List<Tables.Row> rows,
      List<PageLink> pages,
      boolean searchAll) {}

  /** A link to one page of the list; {@code current} for the page itself. */
  public record PageLink(String href, String label, boolean current) {}

  private CustomerIndexPage() {}

  /** The file name of index page {@code n} (1-based), in the customers directory. */
  static String file(int n) {
    return n == 1 ? "index.html" : "index-" + n + ".html";
  }

  static int pages(int customers) {
    return Math.max(1, (customers + ROWS - 1) / ROWS);
  }

  static View build(Layout layout, List<CustomerRow> all, int page, SiteText text) {
    return build(layout, all, page, text, "customers.heading", CustomerIndexPage::file, true);
  }

  /**
   * Page {@code page} of a list.
   *
   * @param headingKey a pattern of first, last and all
   * @param file the file name of page n, in the customers directory
   */
  static View build(
      Layout layout,
      List<CustomerRow> all,
      int page,
      SiteText text,
      String headingKey,
      IntFunction<String> file,
      boolean searchAll) {
    int pages = pages(all.size());
    int from = (page - 1) * ROWS;
    int to = Math.min(all.size(), from + ROWS);
    List<PageLink> links = new ArrayList<>();
    for (int n = 1; n <= pages && pages > 1; n++) {
      int first = (n - 1) * ROWS + 1;
      int last = Math.min(all.size(), n * ROWS);
      links.add(new PageLink(file.apply(n), text.t("customers.range", first, last), n == page));
    }
    String heading = text.t(headingKey, from + 1, to, all.size());
    return new View(
        layout, heading, Tables.rows(all.subList(from, to), layout.root(), text), links, searchAll);
  }
}
