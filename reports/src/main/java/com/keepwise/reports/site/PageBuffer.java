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
    Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The page as rendered so far. */
  @Override
  public String toString() {
    return text.toString();
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
