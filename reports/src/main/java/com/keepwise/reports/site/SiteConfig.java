package com.keepwise.reports.site;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code site.yaml}: what review site to build, from which dataset and policy. Paths are relative
 * to the file itself, so a project directory can be moved or checked out anywhere.
 */
public record SiteConfig(
    @NotBlank(message = "is required (expected the review's title)")
        @JsonPropertyDescription("The review's title, on every page.")
        String title,
    @JsonPropertyDescription("The client the review is for.") Optional<String> client,
    @NotBlank(message = "is required (expected the dataset directory, relative to this file)")
        @JsonPropertyDescription("The dataset directory, relative to this file.")
        String dataset,
    @JsonPropertyDescription(
            "The policy file, relative to this file; the default policy when absent.")
        Optional<String> policy,
    @JsonPropertyDescription(
            "Where to write the site, relative to this file; --out overrides it. Default: site.")
        Optional<String> out,
    // The language of the review, one of SiteLanguage's codes: SiteConfigLoader checks it, and
    // SiteSchema describes it, listing the codes.
    Optional<String> locale,
    @JsonPropertyDescription(
            "How money is shown: code (12,400 SEK) or symbol (SEK 12,400 where the locale has a symbol). Default: code.")
        Optional<
                @Pattern(
                    regexp = "code|symbol",
                    message =
                        "'${validatedValue}' is not a currency display (expected code or symbol)")
                String>
            currencyDisplay,
    @JsonPropertyDescription("The segments that get a review page; all when absent or empty.")
        Optional<List<String>> segments,
    // The sections to build; described in SiteSchema, listing Section's codes.
    Optional<List<Section>> sections,
    @JsonPropertyDescription(
            "A directory of templates that replace the built-in ones of the same name, relative to this file.")
        Optional<String> templates,
    @JsonPropertyDescription(
            "Show stable aliases (Customer 0042) instead of customer names, for sharing outside the client.")
        Optional<Boolean> pseudonymise,
    @JsonPropertyDescription(
            "Skip rows with problems (listed on the data-quality page) instead of stopping at them.")
        Optional<Boolean> lenient,
    @JsonPropertyDescription(
            "A date to print as the review's date; none by default, so the same inputs build the same site.")
        Optional<LocalDate> reviewedOn,
    @JsonPropertyDescription(
            "The client's own names for the data's codes, shown on every page, chart and letter:"
                + " segments, industries, regions and tiers, e.g. segments: {smb: Small businesses}.")
        Optional<@Valid Labels> labels,
    @JsonPropertyDescription(
            "Who reads the review: client (the default) hides what only an analyst needs (file:line"
                + " references, the articles' source codes, criterion and rule ids); analyst shows everything.")
        Optional<Audience> audience,
    @JsonPropertyDescription(
            "Who the draft letters come from: sender (the company; default: client), signature (who"
                + " signs; default: the customer's account manager), role, address lines and contact.")
        Optional<@Valid LetterHead> letters,
    @JsonPropertyDescription(
            "review.pdf, written beside the site: whether to write it, a confidentiality line, fonts.")
        Optional<Pdf> pdf) {

  /** Display names for the codes in the data; a code without one is shown as it is. */
  public record Labels(
      @JsonPropertyDescription("Segment code → the client's name for it.")
          Optional<Map<String, @NotBlank(message = "is empty (expected a display name)") String>>
              segments,
      @JsonPropertyDescription("Industry code → display name.")
          Optional<Map<String, @NotBlank(message = "is empty (expected a display name)") String>>
              industries,
      @JsonPropertyDescription("Region code → display name.")
          Optional<Map<String, @NotBlank(message = "is empty (expected a display name)") String>>
              regions,
      @JsonPropertyDescription("Tier code → display name.")
          Optional<Map<String, @NotBlank(message = "is empty (expected a display name)") String>>
              tiers) {

    /** No display names: every code as it is. */
    public static final Labels NONE =
        new Labels(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public String segment(String code) {
      return segments.map(m -> m.get(code)).orElse(code);
    }

    public String industry(String code) {
      return industries.map(m -> m.get(code)).orElse(code);
    }

    public String region(String code) {
      return regions.map(m -> m.get(code)).orElse(code);
    }

    public String tier(String code) {
      return tiers.map(m -> m.get(code)).orElse(code);
    }
  }

  /** Who reads the review. */
  public enum Audience {
    /** The client: evidence, dates and amounts, without our file references, sources and ids. */
    CLIENT,
    /** An analyst: everything, including where each row is and which rule decided. */
    ANALYST;

    @JsonValue
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The code, as written in site.yaml: how a mistake's message lists the audiences. */
    @Override
    public String toString() {
      return code();
    }
  }

  /** The sender's part of the draft letters. */
  public record LetterHead(
      @JsonPropertyDescription("The company the letters come from; default: the site's client.")
          Optional<String> sender,
      @JsonPropertyDescription(
              "Who signs the letters; default: the customer's account manager, or the account team.")
          Optional<String> signature,
      @JsonPropertyDescription("The signer's role, under the signature.") Optional<String> role,
      @JsonPropertyDescription("The sender's address, one line each, at the head of the letter.")
          Optional<List<String>> address,
      @JsonPropertyDescription("A phone number or e-mail address, under the signature.")
          Optional<String> contact) {

    /** Nothing given: the client as sender, the account manager as signer. */
    public static final LetterHead NONE =
        new LetterHead(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
  }

  /** {@code pdf:}: the review as one printable document. */
  public record Pdf(
      @JsonPropertyDescription("Write review.pdf with the site. Default: true.")
          Optional<Boolean> enabled,
      @JsonPropertyDescription(
              "A line printed on the cover and at the foot of every page, such as \"Confidential: prepared for Acme AB\".")
          Optional<String> confidentiality,
      @JsonPropertyDescription(
              "Font files (TrueType, .ttf) to use before the system's, relative to this file.")
          Optional<List<String>> fonts) {}

  /** The sections of a review site. */
  public enum Section {
    OVERVIEW,
    SEGMENTS,
    CUSTOMERS,
    POLICY,
    DATA_QUALITY,
    DOWNLOADS;

    @JsonValue
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The code, as written in site.yaml: how a mistake's message lists the sections. */
    @Override
    public String toString() {
      return code();
    }
  }
}
