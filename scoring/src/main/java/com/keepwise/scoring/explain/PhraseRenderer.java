package com.keepwise.scoring.explain;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.Share;
import com.keepwise.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Says phrases in words, in one locale: money with the dataset's currency, dates, shares as
 * percentages, counts with the language's plural forms, lists joined the way the language joins
 * them.
 *
 * <p>Patterns are ICU {@code MessageFormat} ({@code {0,plural,one{# invoice} other{# invoices}}}),
 * so that Polish gets its few and many forms; numbers inside them are written with the locale's
 * digits and separators (Persian digits in Persian). The bundles are UTF-8 properties files.
 *
 * <p>Two kinds of renderer: {@link #english} and the plain constructors write dates as ISO-8601 and
 * strings as they are, for files and the terminal; {@link #forReaders} writes dates the locale's
 * way (always in the Gregorian calendar, which the dataset's dates are in) and wraps data strings
 * (segment names, file names) in Unicode bidi isolates where they could be mis-ordered: in a
 * right-to-left language, or when they hold right-to-left letters themselves.
 */
public final class PhraseRenderer {

  /** The bundle with the words of every phrase, reason, action and step. */
  public static final String BUNDLE = "com.keepwise.scoring.explain.phrases";

  /**
   * FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: the plain-text equivalent of {@code <bdi>}.
   */
  public static final char FSI = '\u2068';

  public static final char PDI = '\u2069';

  private final Locale locale;
  private final ULocale ulocale;
  private final Currency currency;
  private final boolean currencySymbol;
  private final boolean forReaders;
  private final Messages words;
  private final DateFormat dates;
  private final ListFormatter lists;
  // Formats are not thread-safe, and building one costs more than using it: each thread keeps its
  // own.
  private final ThreadLocal<Formats> formats = ThreadLocal.withInitial(Formats::new);

  public PhraseRenderer(Locale locale, Currency currency) {
    this(locale, currency, false);
  }

  /**
   * @param currencySymbol money as the locale writes it with the currency's symbol ({@code SEK
   *     1,200} or {@code 1 200 kr}) instead of the amount and the code ({@code 1,200 SEK})
   */
  public PhraseRenderer(Locale locale, Currency currency, boolean currencySymbol) {
    this(locale, currency, currencySymbol, false);
  }

  private PhraseRenderer(
      Locale locale, Currency currency, boolean currencySymbol, boolean forReaders) {
    this.locale = locale;
    this.ulocale = ULocale.forLocale(locale);
    this.currency = currency;
    this.currencySymbol = currencySymbol;
    this.forReaders = forReaders;
    this.words = new Messages(BUNDLE, locale);
    this.dates = forReaders ? gregorianDates(ulocale) : null;
    this.lists = ListFormatter.getInstance(ulocale);
  }

  /** English words, amounts in {@code currency}, ISO dates: for files and the terminal. */
  public static PhraseRenderer english(Currency currency) {
    return new PhraseRenderer(Locale.ENGLISH, currency);
  }

  /** Words for people reading a page: the locale's dates and digits, data strings isolated. */
  public static PhraseRenderer forReaders(
      Locale locale, Currency currency, boolean currencySymbol) {
    return new PhraseRenderer(locale, currency, currencySymbol, true);
  }

  /**
   * The locale's medium date style in the Gregorian calendar (ICU would pick the Persian calendar
   * for fa).
   */
  static DateFormat gregorianDates(ULocale locale) {
    ULocale gregorian = locale.setKeywordValue("calendar", "gregorian");
    DateFormat format =
        DateFormat.getDateInstance(
            new GregorianCalendar(TimeZone.GMT_ZONE, gregorian), DateFormat.MEDIUM, gregorian);
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format;
  }

  public Locale locale() {
    return locale;
  }

  public String say(Phrase phrase) {
    List<Object> given = phrase.args();
    Object[] args = new Object[given.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(given.get(i));
    }
    return words.format(phrase.key(), args);
  }

  /** The words of a key without arguments: a reason's or an action's name. */
  public String word(String key) {
    return words.format(key);
  }

  /** Whether the bundle has words for {@code key}. */
  public boolean has(String key) {
    return words.has(key);
  }

  private Object argument(Object arg) {
    if (arg instanceof Money money) {
      return money(money);
    }
    if (arg instanceof LocalDate day) {
      return date(day);
    }
    if (arg instanceof Share share) {
      return share.fraction();
    }
    if (arg instanceof Phrase inner) {
      return say(inner);
    }
    if (arg instanceof List<?> list) {
      return join(
          list.stream()
              .map(item -> item instanceof Phrase p ? say(p) : isolate(String.valueOf(item)))
              .toList());
    }
    if (arg instanceof String text) {
      return isolate(text);
    }
    return arg;
  }

  /** A day: ISO-8601 for files, the locale's medium style (Gregorian) for readers. */
  public String date(LocalDate day) {
    if (dates == null) {
      return day.toString();
    }
    DateFormat format = formats.get().dates;
    Calendar calendar = format.getCalendar();
    calendar.clear();
    calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    return format.format(calendar.getTime());
  }

  /**
   * A data value (a name, an id, a segment) to put inside a sentence: for readers, wrapped in bidi
   * isolates when the language is right-to-left or the value holds right-to-left letters, so that
   * neither reorders the other; otherwise as it is.
   */
  public String isolate(String value) {
    if (!forReaders || value.isEmpty() || (!rightToLeft(locale) && !hasRightToLeftLetters(value))) {
      return value;
    }
    return FSI + value + PDI;
  }

  /** Languages written right to left. */
  public static boolean rightToLeft(Locale locale) {
    String language = locale.getLanguage();
    return language.equals("fa")
        || language.equals("ar")
        || language.equals("he")
        || language.equals("ur");
  }

  private static boolean hasRightToLeftLetters(String value) {
    for (int i = 0; i < value.length(); i++) {
      byte d = Character.getDirectionality(value.charAt(i));
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
    }
    return false;
  }

  /**
   * An amount with grouping, decimals only when it has cents, and the currency's code or symbol.
   */
  public String money(Money money) {
    BigDecimal amount = money.toBigDecimal();
    boolean whole = amount.setScale(0, RoundingMode.HALF_UP).compareTo(amount) == 0;
    NumberFormat format = whole ? formats.get().wholeMoney : formats.get().money;
    return currencySymbol
        ? format.format(amount)
        : format.format(amount) + " " + currency.getCurrencyCode();
  }

  /** One thread's number and date formats. */
  private final class Formats {
    // Configured once: setting an ICU format's digits rebuilds it, which costs more than
    // formatting.
    final NumberFormat money = moneyFormat(Math.max(0, currency.getDefaultFractionDigits()));
    final NumberFormat wholeMoney = moneyFormat(0);
    final DateFormat dates;

    Formats() {
      dates =
          PhraseRenderer.this.dates == null ? null : (DateFormat) PhraseRenderer.this.dates.clone();
    }

    private NumberFormat moneyFormat(int decimals) {
      NumberFormat format =
          currencySymbol
              ? NumberFormat.getCurrencyInstance(ulocale)
              : NumberFormat.getNumberInstance(ulocale);
      if (currencySymbol) {
        format.setCurrency(com.ibm.icu.util.Currency.getInstance(currency.getCurrencyCode()));
      }
      format.setMinimumFractionDigits(decimals);
      format.setMaximumFractionDigits(decimals);
      return format;
    }
  }

  /** Items joined the language's way: "a, b and c", "a, b i c", "a、b、c". */
  public String join(List<String> items) {
    return lists.format(items);
  }
}
