package com.keepwise.scoring.explain;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One bundle of ICU message patterns in one locale, each parsed once per thread: parsing a pattern
 * costs more than formatting with it, and formats are not thread-safe. A missing key is a bug, not
 * a blank.
 */
public final class Messages {

  private final String name;
  private final Locale locale;
  private final ULocale ulocale;
  private final ResourceBundle bundle;
  private final ThreadLocal<Parsed> parsed = ThreadLocal.withInitial(Parsed::new);

  /**
   * The UTF-8 properties bundle {@code name} in {@code locale}, with no fallback to another
   * language.
   */
  public Messages(String name, Locale locale) {
    this.name = name;
    this.locale = locale;
    this.ulocale = ULocale.forLocale(locale);
    this.bundle =
        ResourceBundle.getBundle(
            name,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The text under {@code key} with {@code args} put in. */
  public String format(String key, Object... args) {
    Parsed formats = parsed.get();
    return args.length == 0 ? formats.word(key) : formats.message(key).format(args);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  private String pattern(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException(
          "no text for '" + key + "' in " + name + " (" + locale + ")", e);
    }
  }

  /** One thread's parsed patterns, and the texts without arguments, formatted once. */
  private final class Parsed {
    final Map<String, MessageFormat> messages = new HashMap<>();
    final Map<String, String> words = new HashMap<>();

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
        format = new MessageFormat(pattern(key), ulocale);
        messages.put(key, format);
      }
      return format;
    }
  }
}
