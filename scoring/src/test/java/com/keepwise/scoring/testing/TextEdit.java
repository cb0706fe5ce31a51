package com.keepwise.scoring.testing;

/**
 * A policy, case, dataset or template text edited for a test. Every edit must find what it
 * replaces: when the text it edits changes (the default policy is reworded, a fixture is
 * reformatted), the test fails here, naming the missing text, instead of passing on an unchanged
 * text.
 *
 * <pre>{@code
 * String shorter = TextEdit.of(policy).replace("  window_months: 12", "  window_months: 3").text();
 * }</pre>
 */
public final class TextEdit {

  private final String text;

  private TextEdit(String text) {
    this.text = text;
  }

  /** Starts editing {@code text}. */
  public static TextEdit of(String text) {
    return new TextEdit(text);
  }

  /** Replaces every occurrence of {@code from}, which must occur. */
  public TextEdit replace(String from, String to) {
    return new TextEdit(text.replace(mustContain(from), to));
  }

  /** Replaces the first occurrence of {@code from} (a literal, not a pattern), which must occur. */
  public TextEdit replaceFirst(String from, String to) {
    int at = text.indexOf(mustContain(from));
    return new TextEdit(text.substring(0, at) + to + text.substring(at + from.length()));
  }

  /** Removes every occurrence of {@code part}, which must occur. */
  public TextEdit remove(String part) {
    return replace(part, "");
  }

  /** The edited text. */
  public String text() {
    return text;
  }

  /** Shorthand for {@code TextEdit.of(text).replace(from, to).text()}. */
  public static String replaced(String text, String from, String to) {
    return of(text).replace(from, to).text();
  }

  private String mustContain(String part) {
    if (part.isEmpty() || !text.contains(part)) {
      throw new AssertionError(
          "the edit finds no '" + part + "' in the text it edits; has the text changed?");
    }
    return part;
  }
}
