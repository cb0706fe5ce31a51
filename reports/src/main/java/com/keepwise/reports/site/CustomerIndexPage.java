package com.keepwise.reports.site;

import java.util.ArrayList;
import java.util.List;

/** Every customer, by customer_id, a thousand to a page, with links between the pages. */
public final class CustomerIndexPage {

  static final String TEMPLATE = "pages/customers.ftlh";
  static final int ROWS = 1_000;

  public record View(Layout layout, String heading, List<Tables.Row> rows, List<PageLink> pages) {}

  /** A link to one page of the index; {@code current} for the page itself. */
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
    int pages = pages(all.size());
    int from = (page - 1) * ROWS;
    int to = Math.min(all.size(), from + ROWS);
    List<PageLink> links = new ArrayList<>();
    for (int n = 1; n <= pages && pages > 1; n++) {
      int first = (n - 1) * ROWS + 1;
      int last = Math.min(all.size(), n * ROWS);
      links.add(new PageLink(file(n), text.t("customers.range", first, last), n == page));
    }
    String heading = text.t("customers.heading", from + 1, to, all.size());
    return new View(layout, heading, Tables.rows(all.subList(from, to), layout.root(), text), links);
  }
}
