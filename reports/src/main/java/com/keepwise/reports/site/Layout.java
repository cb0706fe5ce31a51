package com.keepwise.reports.site;

import java.util.List;

/**
 * What every page's frame shows: the review's title and client, the navigation, and the way back to
 * the site's root from the page's own directory.
 *
 * @param root {@code ""} for pages at the root, {@code "../"} one level down
 * @param dir {@code ltr}, or {@code rtl} for right-to-left languages
 */
public record Layout(
    String lang,
    String dir,
    String title,
    String client,
    String pageTitle,
    String root,
    List<NavItem> nav,
    String footer) {

  /** A link of the navigation; {@code current} marks the page's own section. */
  public record NavItem(String href, String label, boolean current) {}
}
