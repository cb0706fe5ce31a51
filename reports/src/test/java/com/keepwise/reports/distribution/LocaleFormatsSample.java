package com.keepwise.reports.distribution;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import com.keepwise.domain.money.Money;
import com.keepwise.reports.site.SiteLanguage;
import com.keepwise.reports.site.SiteText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * What the site's languages make of numbers, money, percentages, dates, times, lists and plurals, a
 * line each: run inside the build and from the shipped jar, the two must be equal.
 */
public final class LocaleFormatsSample {

  static final List<String> LOCALES = SiteLanguage.codes();

  private LocaleFormatsSample() {}

  /** Every sample, for every language. */
  static List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (String tag : LOCALES) {
      Locale locale = Locale.forLanguageTag(tag);
      for (String code : List.of("EUR", "SEK", "JPY", "IRR")) {
        SiteText text = new SiteText(locale, Currency.getInstance(code), true);
        lines.add(
            tag + " money " + code + ": " + text.money(Money.of(new BigDecimal("1234567.891"))));
      }
      SiteText text = new SiteText(locale, Currency.getInstance("EUR"));
      lines.add(tag + " integer: " + text.integer(-9876543));
      lines.add(tag + " number: " + text.number(3.14159, 2));
      lines.add(tag + " percent: " + text.percent(1.36) + " " + text.percent(0.005));
      lines.add(
          tag
              + " date: "
              + text.date(LocalDate.of(2026, 8, 1))
              + " "
              + text.date(LocalDate.of(1999, 12, 31)));
      lines.add(tag + " time: " + text.time(LocalTime.of(21, 5)));
      lines.add(tag + " list: " + text.list(List.of("a", "b", "c")));
      PluralRules plurals = PluralRules.forLocale(ULocale.forLanguageTag(tag));
      StringBuilder forms = new StringBuilder();
      for (int n : new int[] {0, 1, 2, 3, 5, 11, 12, 22, 25, 101, 1000}) {
        forms.append(n).append('=').append(plurals.select(n)).append(' ');
      }
      lines.add(tag + " plural forms: " + forms.toString().strip());
      MessageFormat message =
          new MessageFormat(
              "{0,plural,one{# faktura} few{# faktury} many{# faktur} other{# fakturor}}, {1,number,integer}, {2,date,long}",
              ULocale.forLanguageTag(tag));
      lines.add(
          tag + " message: " + message.format(new Object[] {22, 1234567, new java.util.Date(0)}));
    }
    return lines;
  }

  public static void main(String[] args) {
    // UTF-8 whatever the platform's default: Persian and Japanese must reach the test intact.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    lines().forEach(out::println);
  }
}
