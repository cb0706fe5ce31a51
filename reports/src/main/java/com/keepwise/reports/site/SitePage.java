package com.keepwise.reports.site;

import com.keepwise.reports.site.SiteConfig.Section;
import java.io.IOException;
import java.util.Optional;

/**
 * The site's pages, each registered once: its view class, the section of site.yaml that asks for
 * it, its template, where it is written, the key of its title in the site's words, whether the
 * navigation links to it, and how its views are built. The builder renders what is registered here
 * and the navigation lists it, so adding a page is its view class, its template, its words and its
 * entry here ({@code PageRecipeTest} fails when one is missing).
 */
enum SitePage {
  OVERVIEW(
      OverviewPage.class,
      Section.OVERVIEW,
      "pages/overview.ftlh",
      "index.html",
      "nav.overview",
      Navigation.LINKED,
      SiteBuilder.Summaries::overview),
  /** One page per segment reviewed, under {@code segments/}. */
  SEGMENT(
      SegmentPage.class,
      Section.SEGMENTS,
      "pages/segment.ftlh",
      "segments/",
      "segment.title",
      Navigation.NOT_LINKED,
      SiteBuilder.Summaries::segments),
  /**
   * One page per customer reviewed, under {@code customers/}: written in the assessing pass, where
   * each customer's assessment is at hand, not from the portfolio's figures afterwards.
   */
  CUSTOMER(
      CustomerPage.class,
      Section.CUSTOMERS,
      "pages/customer.ftlh",
      "customers/",
      "customer.title",
      Navigation.NOT_LINKED),
  /** The index of every customer, and the lists of each action's and each cell's customers. */
  CUSTOMERS(
      CustomerIndexPage.class,
      Section.CUSTOMERS,
      "pages/customers.ftlh",
      "customers/index.html",
      "nav.customers",
      Navigation.LINKED,
      SiteBuilder.Summaries::customerLists),
  POLICY(
      PolicyPage.class,
      Section.POLICY,
      "pages/policy.ftlh",
      "policy.html",
      "nav.policy",
      Navigation.LINKED,
      SiteBuilder.Summaries::policy),
  DATA_QUALITY(
      DataQualityPage.class,
      Section.DATA_QUALITY,
      "pages/data-quality.ftlh",
      "data-quality.html",
      "nav.data_quality",
      Navigation.LINKED,
      SiteBuilder.Summaries::dataQuality);

  /** Whether the navigation of every page links to a page; in the registry's order. */
  enum Navigation {
    LINKED,
    NOT_LINKED
  }

  /** How the pages of an entry are built from the portfolio's figures, after the assessing pass. */
  @FunctionalInterface
  interface Summary {
    void write(SiteBuilder.Summaries summaries) throws IOException;
  }

  private final Class<?> view;
  private final Section section;
  private final String template;
  private final String path;
  private final String titleKey;
  private final Navigation navigation;
  private final Optional<Summary> summary;

  SitePage(
      Class<?> view,
      Section section,
      String template,
      String path,
      String titleKey,
      Navigation navigation,
      Summary summary) {
    this(view, section, template, path, titleKey, navigation, Optional.of(summary));
  }

  /** A page written one per customer, in the assessing pass. */
  SitePage(
      Class<?> view,
      Section section,
      String template,
      String path,
      String titleKey,
      Navigation navigation) {
    this(view, section, template, path, titleKey, navigation, Optional.empty());
  }

  private SitePage(
      Class<?> view,
      Section section,
      String template,
      String path,
      String titleKey,
      Navigation navigation,
      Optional<Summary> summary) {
    this.view = view;
    this.section = section;
    this.template = template;
    this.path = path;
    this.titleKey = titleKey;
    this.navigation = navigation;
    this.summary = summary;
  }

  /** The class that builds the page's view. */
  Class<?> view() {
    return view;
  }

  /** The section of site.yaml without which the page is not built. */
  Section section() {
    return section;
  }

  /** The template, relative to the templates' root: {@code pages/overview.ftlh}. */
  String template() {
    return template;
  }

  /**
   * Where the page is written, relative to the site's root: a file ({@code policy.html}, the one
   * the navigation links to), or the directory of pages written one per segment or customer.
   */
  String path() {
    return path;
  }

  /** The way back to the site's root from the page: {@code ""} or {@code "../"}. */
  String root() {
    return path.contains("/") ? "../" : "";
  }

  /** The key of the page's title in the site's words; the navigation's label when linked. */
  String titleKey() {
    return titleKey;
  }

  boolean linked() {
    return navigation == Navigation.LINKED;
  }

  /** How the pages are built after the assessing pass; empty for customer pages. */
  Optional<Summary> summary() {
    return summary;
  }
}
