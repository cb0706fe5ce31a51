package com.keepwise.reports.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page rendered into memory, then written whole. A template writes a page in thousands of small
 * pieces; the JDK's writers take a lock for each, this one does not (one thread renders a page).
 */
final class PageBuffer extends Writer {

  private final StringBuilder text = new StringBuilder(1 << 15);

  /** Empties the buffer for the next page. */
  PageBuffer reset() {
    text.setLength(0);
    return this;
  }

  /** Writes the page to {@code file} as UTF-8. */
  void saveTo(Path file) throws IOException {
    Files.write(file, toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The page as rendered so far, each control character HTML does not allow (a customer's name with
   * an ESC or a BEL from a terminal copy and paste) shown as U+FFFD: escaping for HTML leaves them,
   * and a browser or a checker takes them for a broken page. The templates have none, so any there
   * is comes from the data.
   */
  @Override
  public String toString() {
    for (int i = 0; i < text.length(); i++) {
      if (forbidden(text.charAt(i))) {
        text.setCharAt(i, '\uFFFD');
      }
    }
    return text.toString();
  }

  /** C0 controls but tab, line feed, form feed and carriage return; DEL and the C1 controls. */
  private static boolean forbidden(char c) {
    return c < 0x20 ? c != '\t' && c != '\n' && c != '\f' && c != '\r' : c >= 0x7F && c <= 0x9F;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String s, int offset, int length) {
    text.append(s, offset, offset + length);
  }

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public Writer append(CharSequence s) {
    text.append(s);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
