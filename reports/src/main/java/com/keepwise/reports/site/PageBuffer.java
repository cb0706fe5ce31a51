package com.keepwise.reports.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A page rendered into memory, then written whole. A template writes a page in thousands of small
 * pieces; the JDK's writers take a lock for each, this one does not (one thread renders a page).
 * Its UTF-8 is encoded into a buffer kept from page to page: {@code toString().getBytes()} copied
 * each page three times into new arrays.
 */
final class PageBuffer extends Writer {

  private final StringBuilder text = new StringBuilder(1 << 15);
  private final CharsetEncoder utf8 =
      StandardCharsets.UTF_8
          .newEncoder()
          // as String.getBytes: an unpaired surrogate becomes '?'
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private char[] chars = new char[1 << 15];
  private ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private MessageDigest sha256;

  /** Empties the buffer for the next page. */
  PageBuffer reset() {
    text.setLength(0);
    return this;
  }

  /** The text itself, for what is not written through a template. */
  StringBuilder text() {
    return text;
  }

  /** Writes the page to {@code file} as UTF-8. */
  void saveTo(Path file) throws IOException {
    ByteBuffer page = encoded();
    try (FileChannel out =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      while (page.hasRemaining()) {
        out.write(page);
      }
    }
  }

  /** The SHA-256 digest of the text's UTF-8, as 64 hex digits (as {@link Fingerprints#of}). */
  String sha256() {
    if (sha256 == null) {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }
    sha256.update(encoded());
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** The text as UTF-8, in the buffer kept for it, ready to read. */
  private ByteBuffer encoded() {
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    text.getChars(0, length, chars, 0);
    // At most three bytes a char (a surrogate pair, two chars, is four bytes).
    if (bytes.capacity() < length * 3) {
      bytes = ByteBuffer.allocate(length * 3);
    }
    bytes.clear();
    utf8.reset().encode(CharBuffer.wrap(chars, 0, length), bytes, true);
    utf8.flush(bytes);
    return bytes.flip();
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
