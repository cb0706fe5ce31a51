package com.keepwise.reports.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable pseudonyms for sharing a review outside the client: the same customer id always gets the
 * same alias, and the alias says nothing about the id or the name.
 */
final class Aliases {

  private static final char[] LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private Aliases() {}

  /** Six letters and digits derived from the id, e.g. {@code K7Q2MD}. */
  static String code(String id) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(("keepwise-alias:" + id).getBytes(StandardCharsets.UTF_8));
      StringBuilder out = new StringBuilder(6);
      for (int i = 0; i < 6; i++) {
        out.append(LETTERS[(hash[i] & 0xFF) % LETTERS.length]);
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** "Customer K7Q2MD", in the site's language. */
  static String of(String id, SiteText text) {
    return text.t("alias", text.data(code(id)));
  }
}
