package com.keepwise.reports.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * File names for pages named after data (customer ids, segments). Data never becomes a path as it
 * is: a name is a short ASCII slug of the value, for people, plus a hash of the value, so that
 * {@code ../../etc/passwd} or {@code CON} are harmless and two distinct values never share a file.
 */
public final class PageNames {

  private static final int SLUG_LENGTH = 32;

  private final Map<String, String> taken = new HashMap<>();
  private final Map<String, String> byValue = new HashMap<>();

  /**
   * The file name for {@code value}, e.g. {@code acme-ab-3f2a9c01d4.html}; the same value always
   * gets the same name within one site. {@code slugSource} is what the readable part is made of
   * (the id, or an alias when names must not show).
   */
  public synchronized String fileFor(String value, String slugSource) {
    String known = byValue.get(value);
    if (known != null) {
      return known;
    }
    String hash = sha256(value);
    String slug = slug(slugSource);
    for (int length = 10; length <= hash.length(); length += 4) {
      String name = (slug.isEmpty() ? "" : slug + "-") + hash.substring(0, length) + ".html";
      String owner = taken.putIfAbsent(name, value);
      if (owner == null || owner.equals(value)) {
        byValue.put(value, name);
        return name;
      }
    }
    throw new IllegalStateException("two values share a full SHA-256: " + value);
  }

  /** Lower-case ASCII letters and digits, runs of anything else as one dash, at most 32 long. */
  static String slug(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length() && out.length() < SLUG_LENGTH; i++) {
      char c = Character.toLowerCase(value.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') {
      end--;
    }
    return out.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
