package com.keepwise.reports.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to build a site, resolved from {@code site.yaml} or from command-line flags.
 *
 * @param segments the segments that get a review and customer pages; empty for all
 * @param dataDir the dataset directory, to read evidence rows back from
 * @param currencySymbol money with the currency's symbol rather than its code
 * @param labels the client's names for segments, industries, regions and tiers
 * @param audience who reads the review: the client sees no file references, sources or ids
 * @param letterHead who the draft letters come from
 * @param pdf whether and how to write {@code review.pdf}
 */
public record SiteOptions(
    String title,
    String client,
    Locale locale,
    Optional<Path> templates,
    boolean pseudonymise,
    Set<String> segments,
    Set<SiteConfig.Section> sections,
    Optional<LocalDate> reviewedOn,
    Path dataDir,
    boolean currencySymbol,
    SiteConfig.Labels labels,
    SiteConfig.Audience audience,
    SiteConfig.LetterHead letterHead,
    PdfOptions pdf) {

  /**
   * {@code review.pdf}: written with the site unless turned off.
   *
   * @param confidentiality a line for the cover and every page's foot; empty for none
   * @param fonts font files to try before the system's
   */
  public record PdfOptions(boolean enabled, String confidentiality, List<Path> fonts) {
    public PdfOptions {
      Objects.requireNonNull(confidentiality, "confidentiality");
      fonts = List.copyOf(fonts);
    }

    /** A PDF with the system's fonts and no confidentiality line. */
    public static final PdfOptions DEFAULT = new PdfOptions(true, "", List.of());

    /** No PDF. */
    public static final PdfOptions OFF = new PdfOptions(false, "", List.of());
  }

  public SiteOptions {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(pdf, "pdf");
    segments = Set.copyOf(segments);
    sections =
        sections.isEmpty() ? EnumSet.allOf(SiteConfig.Section.class) : EnumSet.copyOf(sections);
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(letterHead, "letterHead");
  }

  /**
   * Without labels, for the client, letters from the client, review.pdf with the system's fonts.
   */
  public SiteOptions(
      String title,
      String client,
      Locale locale,
      Optional<Path> templates,
      boolean pseudonymise,
      Set<String> segments,
      Set<SiteConfig.Section> sections,
      Optional<LocalDate> reviewedOn,
      Path dataDir,
      boolean currencySymbol) {
    this(
        title,
        client,
        locale,
        templates,
        pseudonymise,
        segments,
        sections,
        reviewedOn,
        dataDir,
        currencySymbol,
        SiteConfig.Labels.NONE,
        SiteConfig.Audience.CLIENT,
        SiteConfig.LetterHead.NONE,
        PdfOptions.DEFAULT);
  }

  /** The defaults for a dataset: every section, every segment, English, names shown. */
  public static SiteOptions defaults(String title, Path dataDir) {
    return new SiteOptions(
        title,
        "",
        Locale.ENGLISH,
        Optional.empty(),
        false,
        Set.of(),
        EnumSet.allOf(SiteConfig.Section.class),
        Optional.empty(),
        dataDir,
        false);
  }

  /** The same options in another language. */
  public SiteOptions withLocale(Locale other) {
    return new SiteOptions(
        title,
        client,
        other,
        templates,
        pseudonymise,
        segments,
        sections,
        reviewedOn,
        dataDir,
        currencySymbol,
        labels,
        audience,
        letterHead,
        pdf);
  }

  /** The same options for another audience. */
  public SiteOptions withAudience(SiteConfig.Audience other) {
    return new SiteOptions(
        title,
        client,
        locale,
        templates,
        pseudonymise,
        segments,
        sections,
        reviewedOn,
        dataDir,
        currencySymbol,
        labels,
        other,
        letterHead,
        pdf);
  }

  /** The same options with the client's names for codes and a letterhead. */
  public SiteOptions with(SiteConfig.Labels otherLabels, SiteConfig.LetterHead otherLetterHead) {
    return new SiteOptions(
        title,
        client,
        locale,
        templates,
        pseudonymise,
        segments,
        sections,
        reviewedOn,
        dataDir,
        currencySymbol,
        otherLabels,
        audience,
        otherLetterHead,
        pdf);
  }

  /** Whether the review shows what only an analyst needs: file references, sources, ids. */
  public boolean analyst() {
    return audience == SiteConfig.Audience.ANALYST;
  }

  /** The same options with another choice about {@code review.pdf}. */
  public SiteOptions withPdf(PdfOptions other) {
    return new SiteOptions(
        title,
        client,
        locale,
        templates,
        pseudonymise,
        segments,
        sections,
        reviewedOn,
        dataDir,
        currencySymbol,
        labels,
        audience,
        letterHead,
        other);
  }

  public boolean has(SiteConfig.Section section) {
    return sections.contains(section);
  }

  /** Whether a segment gets a review. */
  public boolean reviews(String segment) {
    return segments.isEmpty() || segments.contains(segment);
  }

  /** Right-to-left languages. */
  public boolean rightToLeft() {
    return com.keepwise.scoring.explain.PhraseRenderer.rightToLeft(locale);
  }
}
