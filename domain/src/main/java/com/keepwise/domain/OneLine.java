package com.keepwise.domain;

/**
 * Text from a user's files (case names, YAML keys, descriptions, customer names) as it is printed
 * on a terminal or in a CI log: on one line, control characters made visible. A raw newline would
 * let a name begin a line of its own — {@code ::error ...} is a GitHub Actions workflow command —
 * and an escape character would let it recolour or retitle the terminal.
 */
public final class OneLine {

  private OneLine() {}

  /**
   * {@code text} with newlines, tabs, escape and the other control characters written as escapes
   * such as {@code \n}.
   */
  public static String of(String text) {
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
  }
}
