package com.keepwise.reports.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a review site is written in, the one list of them: {@code locale:} in site.yaml,
 * {@code demo --locale}, the schema of site.yaml and the tests of every language derive from it. A
 * language here has its two bundles, {@code site_<code>.properties} and {@code
 * phrases_<code>.properties} (English's are the bundles without a suffix).
 */
public enum SiteLanguage {
  EN,
  SV,
  NB,
  PL,
  JA,
  FA;

  /** The language's code, as site.yaml and {@code --locale} write it: {@code sv}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.forLanguageTag(code());
  }

  /** The language with this code, written exactly ({@code sv}, not {@code SV}). */
  public static Optional<SiteLanguage> of(String code) {
    return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
  }

  /** Every code, English first. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(SiteLanguage::code).toList();
  }

  /** The codes as a sentence lists them: {@code en, sv, nb, pl, ja or fa}. */
  public static String inWords() {
    List<String> codes = codes();
    return String.join(", ", codes.subList(0, codes.size() - 1))
        + " or "
        + codes.get(codes.size() - 1);
  }
}
