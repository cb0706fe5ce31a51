package com.keepwise.reports.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    // In order: the options' text is part of every page's fingerprint, and Set.copyOf's order
    // changes from one run of Java to the next.
    segments = Collections.unmodifiableSet(new TreeSet<>(segments));
    sections =
        sections.isEmpty() ? EnumSet.allOf(SiteConfig.Section.class) : EnumSet.copyOf(sections);
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(letterHead, "letterHead");
  }

  /** Whether the review shows what only an analyst needs: file references, sources, ids. */
  public boolean analyst() {
    return audience == SiteConfig.Audience.ANALYST;
  }

  /**
   * Options for a dataset, each left unset taking its default: no client name, English, the
   * built-in templates, names shown, every segment and section, no review date given, currency
   * codes, no labels, for the client, letters from the client, review.pdf with the system's fonts.
   */
  public static Builder builder(String title, Path dataDir) {
    return new Builder(title, dataDir);
  }

  /** The defaults for a dataset (see {@link #builder}). */
  public static SiteOptions defaults(String title, Path dataDir) {
    return builder(title, dataDir).build();
  }

  /** A builder holding these options, to make ones that differ in a few. */
  public Builder toBuilder() {
    return toBuilder(dataDir);
  }

  /**
   * These options as every page is shaped by them, in words, for the pages' fingerprints: without
   * the dataset's directory, which shapes no page (the evidence read from it is fingerprinted page
   * by page), so that the same dataset anywhere gives the same fingerprints.
   */
  String shapingPages() {
    return toBuilder(Path.of("")).build().toString();
  }

  private Builder toBuilder(Path dataDir) {
    return new Builder(title, dataDir)
        .client(client)
        .locale(locale)
        .templates(templates)
        .pseudonymise(pseudonymise)
        .segments(segments)
        .sections(sections)
        .reviewedOn(reviewedOn)
        .currencySymbol(currencySymbol)
        .labels(labels)
        .audience(audience)
        .letterHead(letterHead)
        .pdf(pdf);
  }

  /** The same options in another language. */
  public SiteOptions withLocale(Locale other) {
    return toBuilder().locale(other).build();
  }

  /** The same options for another audience. */
  public SiteOptions withAudience(SiteConfig.Audience other) {
    return toBuilder().audience(other).build();
  }

  /** The same options with another choice about {@code review.pdf}. */
  public SiteOptions withPdf(PdfOptions other) {
    return toBuilder().pdf(other).build();
  }

  /** Names each option, so a new one touches this record and what sets it, not every caller. */
  public static final class Builder {
    private final String title;
    private final Path dataDir;
    private String client = "";
    private Locale locale = Locale.ENGLISH;
    private Optional<Path> templates = Optional.empty();
    private boolean pseudonymise;
    private Set<String> segments = Set.of();
    private Set<SiteConfig.Section> sections = EnumSet.allOf(SiteConfig.Section.class);
    private Optional<LocalDate> reviewedOn = Optional.empty();
    private boolean currencySymbol;
    private SiteConfig.Labels labels = SiteConfig.Labels.NONE;
    private SiteConfig.Audience audience = SiteConfig.Audience.CLIENT;
    private SiteConfig.LetterHead letterHead = SiteConfig.LetterHead.NONE;
    private PdfOptions pdf = PdfOptions.DEFAULT;

    private Builder(String title, Path dataDir) {
      this.title = title;
      this.dataDir = dataDir;
    }

    public Builder client(String value) {
      client = value;
      return this;
    }

    public Builder locale(Locale value) {
      locale = value;
      return this;
    }

    public Builder templates(Optional<Path> value) {
      templates = value;
      return this;
    }

    public Builder pseudonymise(boolean value) {
      pseudonymise = value;
      return this;
    }

    public Builder segments(Set<String> value) {
      segments = value;
      return this;
    }

    public Builder sections(Set<SiteConfig.Section> value) {
      sections = value;
      return this;
    }

    public Builder reviewedOn(Optional<LocalDate> value) {
      reviewedOn = value;
      return this;
    }

    public Builder currencySymbol(boolean value) {
      currencySymbol = value;
      return this;
    }

    public Builder labels(SiteConfig.Labels value) {
      labels = value;
      return this;
    }

    public Builder audience(SiteConfig.Audience value) {
      audience = value;
      return this;
    }

    public Builder letterHead(SiteConfig.LetterHead value) {
      letterHead = value;
      return this;
    }

    public Builder pdf(PdfOptions value) {
      pdf = value;
      return this;
    }

    /** The options; fails on a missing value as the record does. */
    public SiteOptions build() {
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
          pdf);
    }
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
