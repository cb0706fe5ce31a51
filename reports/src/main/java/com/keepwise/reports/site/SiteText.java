package com.keepwise.reports.site;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.Score;
import com.keepwise.domain.money.Money;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word and number the site shows, in one locale: the site's own text from its bundle, the
 * facts' phrases from scoring's bundle, and numbers, money, dates and percentages formatted the
 * locale's way (ICU4J: Persian digits in Persian, Gregorian dates in every language).
 *
 * <p>Bundle patterns are ICU {@code MessageFormat}: counts passed as numbers get the language's
 * plural forms ({@code {0,plural,one{# row} other{# rows}}}) and the locale's digits. Data values
 * (names, ids, segments, codes) go into sentences through {@link #data}, which isolates them from
 * the text around them where their direction could differ.
 */
public final class SiteText {

  /** The bundle of the site's navigation, headings, labels, playbooks and letters. */
  public static final String BUNDLE = "keepwise.site.i18n.site";

  private final Locale locale;
  private final ULocale ulocale;
  private final ResourceBundle bundle;
  private final PhraseRenderer phrases;
  private final Currency currency;
  private final ThreadLocal<NumberFormat> integers;
  private final ThreadLocal<NumberFormat> percents;
  private final ThreadLocal<DateFormat> times;
  /** Parsed patterns, per thread (an ICU MessageFormat is not thread-safe, and parsing one costs tens of µs). */
  private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

  public SiteText(Locale locale, Currency currency) {
    this(locale, currency, false);
  }

  /** With money shown by the currency's symbol instead of its code when {@code currencySymbol}. */
  public SiteText(Locale locale, Currency currency, boolean currencySymbol) {
    this.locale = locale;
    this.ulocale = ULocale.forLocale(locale);
    this.currency = currency;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.phrases = PhraseRenderer.forReaders(locale, currency, currencySymbol);
    this.integers = ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(ulocale));
    this.percents = ThreadLocal.withInitial(() -> NumberFormat.getPercentInstance(ulocale));
    this.times = ThreadLocal.withInitial(() -> DateFormat.getTimeInstance(DateFormat.SHORT, ulocale));
  }

  public Locale locale() {
    return locale;
  }

  /** Whether the language is written right to left. */
  public boolean rightToLeft() {
    return PhraseRenderer.rightToLeft(locale);
  }

  /**
   * The site text under {@code key}, with {@code args} put in: numbers as numbers (for plurals and
   * the locale's digits), data values through {@link #data}. A missing key is a bug, not a blank.
   */
  public String t(String key, Object... args) {
    // Always through MessageFormat, so that quotes are written the same way in every pattern.
    return formats.get().computeIfAbsent(key, this::parse).format(args);
  }

  private MessageFormat parse(String key) {
    try {
      return new MessageFormat(bundle.getString(key), ulocale);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text for '" + key + "' in " + BUNDLE + " (" + locale + ")", e);
    }
  }

  /** Whether the site's bundle has text under {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The site text under {@code key}, or {@code null} where a list of numbered keys ends. */
  public String optional(String key) {
    return bundle.containsKey(key) ? t(key) : null;
  }

  /**
   * A data value (a customer's name, an id, a segment, a code from the policy) to put inside a
   * sentence, isolated (U+2068 … U+2069, the plain-text {@code <bdi>}) in a right-to-left language
   * or when it holds right-to-left letters itself; as it is otherwise.
   */
  public String data(String value) {
    return phrases.isolate(value);
  }

  /** Data values, each isolated, joined the language's way ("a, b and c"). */
  public String dataList(List<String> values) {
    return phrases.join(values.stream().map(this::data).toList());
  }

  /** Items already in words, joined the language's way. */
  public String list(List<String> items) {
    return phrases.join(items);
  }

  /** A fact in words. */
  public String say(Phrase phrase) {
    return phrases.say(phrase);
  }

  /** A word from scoring's bundle: a reason's or an action's name. */
  public String word(String key) {
    return phrases.word(key);
  }

  public String money(Money amount) {
    return phrases.money(amount);
  }

  /** A sum of money, such as a total, to the whole unit. */
  public String money(double amount) {
    return phrases.money(Money.ofDouble(Math.round(amount)));
  }

  public String integer(long value) {
    return integers.get().format(value);
  }

  /** A number with at most {@code decimals} decimals. */
  public String number(double value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(ulocale);
    format.setMaximumFractionDigits(decimals);
    format.setMinimumFractionDigits(0);
    return format.format(value);
  }

  /** A share (0 to 1) as a percentage. */
  public String percent(double share) {
    NumberFormat format = percents.get();
    format.setMaximumFractionDigits(share > 0 && share < 0.01 ? 1 : 0);
    return format.format(share);
  }

  public String score(Score score) {
    return number(score.value(), 1);
  }

  /** A day in the locale's medium style, Gregorian calendar. */
  public String date(LocalDate day) {
    return phrases.date(day);
  }

  /** A time of day in the locale's short style. */
  public String time(LocalTime time) {
    com.ibm.icu.util.Calendar calendar = times.get().getCalendar();
    calendar.clear();
    calendar.set(2000, 0, 1, time.getHour(), time.getMinute());
    return times.get().format(calendar.getTime());
  }

  public Currency currency() {
    return currency;
  }
}
