package com.keepwise.reports.site;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code site.yaml}: what review site to build, from which dataset and policy. Paths are relative to
 * the file itself, so a project directory can be moved or checked out anywhere.
 */
public record SiteConfig(
    @NotBlank(message = "is required (expected the review's title)")
        @JsonPropertyDescription("The review's title, on every page.")
        String title,
    @JsonPropertyDescription("The client the review is for.") Optional<String> client,
    @NotBlank(message = "is required (expected the dataset directory, relative to this file)")
        @JsonPropertyDescription("The dataset directory, relative to this file.")
        String dataset,
    @JsonPropertyDescription("The policy file, relative to this file; the default policy when absent.")
        Optional<String> policy,
    @JsonPropertyDescription("Where to write the site, relative to this file; --out overrides it. Default: site.")
        Optional<String> out,
    @JsonPropertyDescription("The language of the review: en, sv, nb, pl, ja or fa. Default: en.")
        Optional<@Pattern(regexp = "en|sv|nb|pl|ja|fa", message = "'${validatedValue}' is not a supported locale (expected en, sv, nb, pl, ja or fa)") String> locale,
    @JsonPropertyDescription("How money is shown: code (12,400 SEK) or symbol (SEK 12,400 where the locale has a symbol). Default: code.")
        Optional<@Pattern(regexp = "code|symbol", message = "'${validatedValue}' is not a currency display (expected code or symbol)") String> currencyDisplay,
    @JsonPropertyDescription("The segments that get a review page; all when absent or empty.")
        Optional<List<String>> segments,
    @JsonPropertyDescription("The sections to build: overview, segments, customers, policy, data_quality, downloads. All when absent.")
        Optional<List<Section>> sections,
    @JsonPropertyDescription("A directory of templates that replace the built-in ones of the same name, relative to this file.")
        Optional<String> templates,
    @JsonPropertyDescription("Show stable aliases (Customer 0042) instead of customer names, for sharing outside the client.")
        Optional<Boolean> pseudonymise,
    @JsonPropertyDescription("Skip rows with problems (listed on the data-quality page) instead of stopping at them.")
        Optional<Boolean> lenient,
    @JsonPropertyDescription("A date to print as the review's date; none by default, so the same inputs build the same site.")
        Optional<LocalDate> reviewedOn,
    @JsonPropertyDescription("review.pdf, written beside the site: whether to write it, a confidentiality line, fonts.")
        Optional<Pdf> pdf) {

  /** {@code pdf:}: the review as one printable document. */
  public record Pdf(
      @JsonPropertyDescription("Write review.pdf with the site. Default: true.") Optional<Boolean> enabled,
      @JsonPropertyDescription("A line printed on the cover and at the foot of every page, such as \"Confidential: prepared for Acme AB\".")
          Optional<String> confidentiality,
      @JsonPropertyDescription("Font files (TrueType, .ttf) to use before the system's, relative to this file.")
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

    @JsonCreator
    static Section of(String code) {
      for (Section section : values()) {
        if (section.code().equals(code)) {
          return section;
        }
      }
      throw new IllegalArgumentException("'" + code + "' is not a section (expected overview, segments, customers, policy, data_quality or downloads)");
    }
  }
}
