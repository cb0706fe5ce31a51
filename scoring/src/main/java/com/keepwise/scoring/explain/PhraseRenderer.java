package com.keepwise.scoring.explain;

import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.Share;
import com.keepwise.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Says phrases in words, in one locale: money with the dataset's currency, dates, shares as
 * percentages, lists joined the way the language joins them.
 */
public final class PhraseRenderer {

  /** The bundle with the words of every phrase, reason, action and step. */
  public static final String BUNDLE = "com.keepwise.scoring.explain.phrases";

  private final Locale locale;
  private final Currency currency;
  private final boolean currencySymbol;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;
  // Parsing a pattern costs more than formatting with it, and formats are not thread-safe: each
  // thread keeps its own, parsed once.
  private final ThreadLocal<Formats> formats = ThreadLocal.withInitial(Formats::new);

  public PhraseRenderer(Locale locale, Currency currency) {
    this(locale, currency, false);
  }

  /**
   * @param currencySymbol money as the locale writes it with the currency's symbol ({@code SEK 1,200}
   *     or {@code 1 200 kr}) instead of the amount and the code ({@code 1,200 SEK})
   */
  public PhraseRenderer(Locale locale, Currency currency, boolean currencySymbol) {
    this.locale = locale;
    this.currency = currency;
    this.currencySymbol = currencySymbol;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
    this.dates = DateTimeFormatter.ISO_LOCAL_DATE;
  }

  /** English words, amounts in {@code currency}. */
  public static PhraseRenderer english(Currency currency) {
    return new PhraseRenderer(Locale.ENGLISH, currency);
  }

  public String say(Phrase phrase) {
    List<Object> given = phrase.args();
    Object[] args = new Object[given.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(given.get(i));
    }
    return formats.get().message(phrase.key()).format(args);
  }

  /** The words of a key without arguments: a reason's or an action's name. */
  public String word(String key) {
    return formats.get().word(key);
  }

  private String pattern(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no words for '" + key + "' in " + BUNDLE + " (" + locale + ")", e);
    }
  }

  private Object argument(Object arg) {
    if (arg instanceof Money money) {
      return money(money);
    }
    if (arg instanceof LocalDate day) {
      return dates.format(day);
    }
    if (arg instanceof Share share) {
      return share.fraction();
    }
    if (arg instanceof Phrase inner) {
      return say(inner);
    }
    if (arg instanceof List<?> list) {
      return join(list.stream().map(item -> item instanceof Phrase p ? say(p) : String.valueOf(item)).toList());
    }
    return arg;
  }

  /** An amount with grouping, decimals only when it has cents, and the currency's code or symbol. */
  public String money(Money money) {
    BigDecimal amount = money.toBigDecimal();
    boolean whole = amount.setScale(0, RoundingMode.HALF_UP).compareTo(amount) == 0;
    int decimals = whole ? 0 : Math.max(0, currency.getDefaultFractionDigits());
    NumberFormat format = formats.get().money;
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return currencySymbol ? format.format(amount) : format.format(amount) + " " + currency.getCurrencyCode();
  }

  /** One thread's parsed patterns and number format. */
  private final class Formats {
    final Map<String, MessageFormat> messages = new HashMap<>();
    final Map<String, String> words = new HashMap<>();
    final NumberFormat money;

    Formats() {
      money = currencySymbol ? NumberFormat.getCurrencyInstance(locale) : NumberFormat.getNumberInstance(locale);
      if (currencySymbol) {
        money.setCurrency(currency);
      }
    }

    /** A text without arguments, formatted once: headings and labels repeat on every page. */
    String word(String key) {
      String word = words.get(key);
      if (word == null) {
        word = message(key).format(new Object[0]);
        words.put(key, word);
      }
      return word;
    }

    MessageFormat message(String key) {
      MessageFormat format = messages.get(key);
      if (format == null) {
        format = new MessageFormat(pattern(key), locale);
        messages.put(key, format);
      }
      return format;
    }
  }

  private String join(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    String and = pattern("list.and");
    return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
  }
}
