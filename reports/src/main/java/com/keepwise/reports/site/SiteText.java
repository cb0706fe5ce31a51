package com.keepwise.reports.site;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.Score;
import com.keepwise.domain.money.Money;
import com.keepwise.scoring.explain.Messages;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
  private final Messages messages;
  private final PhraseRenderer phrases;
  private final Currency currency;
  private final SiteConfig.Labels labels;
  // Formats are not thread-safe, and building one costs more than using it: each thread keeps its
  // own.
  private final ThreadLocal<Formats> formats = ThreadLocal.withInitial(Formats::new);

  public SiteText(Locale locale, Currency currency) {
    this(locale, currency, false);
  }

  /** With money shown by the currency's symbol instead of its code when {@code currencySymbol}. */
  public SiteText(Locale locale, Currency currency, boolean currencySymbol) {
    this(locale, currency, currencySymbol, SiteConfig.Labels.NONE);
  }

  /** With the client's names for segments, industries, regions and tiers. */
  public SiteText(
      Locale locale, Currency currency, boolean currencySymbol, SiteConfig.Labels labels) {
    this.labels = labels;
    this.locale = locale;
    this.ulocale = ULocale.forLocale(locale);
    this.currency = currency;
    this.messages = new Messages(BUNDLE, locale);
    this.phrases = PhraseRenderer.forReaders(locale, currency, currencySymbol);
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
    return messages.format(key, args);
  }

  /** Whether the site's bundle has text under {@code key}. */
  public boolean has(String key) {
    return messages.has(key);
  }

  /** The site text under {@code key}, or {@code null} where a list of numbered keys ends. */
  public String optional(String key) {
    return messages.has(key) ? t(key) : null;
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

  /** A fact in words, with the client's names for the codes it quotes. */
  public String say(Phrase phrase) {
    return phrases.say(relabel(phrase));
  }

  /** The client's name for a segment code (as it is when there is none). */
  public String segment(String code) {
    return labels.segment(code);
  }

  public String industry(String code) {
    return labels.industry(code);
  }

  public String region(String code) {
    return labels.region(code);
  }

  public String tier(String code) {
    return labels.tier(code);
  }

  /**
   * An attribute's value ({@code segment}, {@code industry}, {@code region}, {@code tier}) by the
   * client's name.
   */
  public String label(String attribute, String code) {
    return switch (attribute) {
      case "segment" -> segment(code);
      case "industry" -> industry(code);
      case "region" -> region(code);
      case "tier" -> tier(code);
      default -> code;
    };
  }

  /**
   * The phrases that quote a segment, industry, region or tier code, with the client's names put
   * in: the profile's parts ({@code profile.segment}: the value, then the ideal ones joined by ",
   * ") and the segment the revenue and contacts are compared with.
   */
  private Phrase relabel(Phrase phrase) {
    if (labels == SiteConfig.Labels.NONE) {
      return phrase;
    }
    List<Object> args = phrase.args();
    String key = phrase.key();
    if (key.startsWith("profile.")
        && args.size() == 2
        && args.get(0) instanceof String value
        && args.get(1) instanceof String ideal) {
      String attribute = key.substring("profile.".length());
      return Phrase.of(
          key,
          label(attribute, value),
          String.join(
              ", ",
              java.util.Arrays.stream(ideal.split(", "))
                  .map(code -> label(attribute, code))
                  .toList()));
    }
    if ((key.equals("revenue") || key.equals("over_communicates"))
        && args.size() > 2
        && args.get(2) instanceof String segment) {
      List<Object> relabelled = new java.util.ArrayList<>(args);
      relabelled.set(2, segment(segment));
      return new Phrase(key, relabelled);
    }
    boolean nested = args.stream().anyMatch(a -> a instanceof Phrase || a instanceof List<?>);
    if (!nested) {
      return phrase;
    }
    List<Object> relabelled = new java.util.ArrayList<>(args.size());
    for (Object arg : args) {
      if (arg instanceof Phrase inner) {
        relabelled.add(relabel(inner));
      } else if (arg instanceof List<?> list) {
        relabelled.add(
            list.stream().map(item -> item instanceof Phrase p ? relabel(p) : item).toList());
      } else {
        relabelled.add(arg);
      }
    }
    return new Phrase(key, relabelled);
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
    return formats.get().integer.format(value);
  }

  /** A number with at most {@code decimals} decimals. */
  public String number(double value, int decimals) {
    return formats.get().number(value, decimals);
  }

  /** A share (0 to 1) as a percentage. */
  public String percent(double share) {
    Formats formats = this.formats.get();
    return share > 0 && share < 0.01
        ? formats.smallPercent.format(share)
        : formats.percent.format(share);
  }

  public String score(Score score) {
    return number(score.value(), 1);
  }

  /** A day in the locale's medium style, Gregorian calendar. */
  public String date(LocalDate day) {
    return phrases.date(day);
  }

  /**
   * A day written out as a letter gives it (7 April 2016, 2016年4月7日), in the Gregorian calendar.
   */
  public String longDate(LocalDate day) {
    DateFormat format = formats.get().longDate;
    com.ibm.icu.util.Calendar calendar = format.getCalendar();
    calendar.clear();
    calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    return format.format(calendar.getTime());
  }

  /** A time of day in the locale's short style. */
  public String time(LocalTime time) {
    DateFormat format = formats.get().time;
    com.ibm.icu.util.Calendar calendar = format.getCalendar();
    calendar.clear();
    calendar.set(2000, 0, 1, time.getHour(), time.getMinute());
    return format.format(calendar.getTime());
  }

  public Currency currency() {
    return currency;
  }

  private static final int MAX_DECIMALS = 4;
  private static final double[] SCALE = {1, 10, 100, 1_000, 10_000};

  /** One thread's number and time formats. */
  private final class Formats {
    final NumberFormat integer = NumberFormat.getIntegerInstance(ulocale);
    final NumberFormat percent = NumberFormat.getPercentInstance(ulocale);
    final NumberFormat smallPercent = NumberFormat.getPercentInstance(ulocale);
    final DateFormat time = DateFormat.getTimeInstance(DateFormat.SHORT, ulocale);
    // Gregorian in every language: ICU would pick the Solar Hijri calendar for Persian.
    final DateFormat longDate =
        DateFormat.getDateInstance(
            new com.ibm.icu.util.GregorianCalendar(
                com.ibm.icu.util.TimeZone.GMT_ZONE,
                ulocale.setKeywordValue("calendar", "gregorian")),
            DateFormat.LONG,
            ulocale.setKeywordValue("calendar", "gregorian"));
    // Configured once: setting an ICU format's digits rebuilds it, which costs more than
    // formatting.
    final NumberFormat[] numbers = new NumberFormat[MAX_DECIMALS + 1];
    // Pages show the same few hundred numbers (weights, severities, points) again and again.
    final Map<Long, String> shown = new HashMap<>();

    Formats() {
      percent.setMaximumFractionDigits(0);
      smallPercent.setMaximumFractionDigits(1);
      for (int decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
        numbers[decimals] = NumberFormat.getNumberInstance(ulocale);
        numbers[decimals].setMinimumFractionDigits(0);
        numbers[decimals].setMaximumFractionDigits(decimals);
      }
    }

    /** The number rounded half up to {@code decimals} places, then written the locale's way. */
    String number(double value, int decimals) {
      int places = Math.min(Math.max(decimals, 0), MAX_DECIMALS);
      double scaled = Math.rint(value * SCALE[places] + Math.copySign(1e-9, value));
      if (Math.abs(scaled) >= 1e6) {
        return numbers[places].format(scaled / SCALE[places]);
      }
      long whole = (long) scaled; // no negative zero: -0.0001 shows as 0
      long key = whole * (MAX_DECIMALS + 1) + places;
      String written = shown.get(key);
      if (written == null) {
        written = numbers[places].format(whole / SCALE[places]);
        shown.put(key, written);
      }
      return written;
    }
  }
}
