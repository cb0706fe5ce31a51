package com.keepwise.reports.dataset.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text the CSV parser sees is exactly the file's text, whatever the file's size, however the
 * bytes arrive and however many chars the parser asks for at a time.
 */
class StrictUtf8ReaderTest {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * One character of each UTF-8 length: 1, 2, 3 and 4 bytes (the last a surrogate pair in Java).
   */
  static final String MIXED = "a,ø,語,😀\n";

  /**
   * What the reader hands out, asking for {@code chunk} chars at a time, and how many sequences
   * were bad.
   */
  record Read(String text, long malformed) {}

  static Read read(InputStream in, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    try (StrictUtf8Reader reader = new StrictUtf8Reader(in)) {
      char[] buffer = new char[chunk];
      for (int n = reader.read(buffer, 0, chunk); n != -1; n = reader.read(buffer, 0, chunk)) {
        out.append(buffer, 0, n);
      }
      assertEquals(-1, reader.read(buffer, 0, chunk), "the end stays the end");
      return new Read(out.toString(), reader.malformedSequences());
    }
  }

  static Read read(byte[] bytes, int chunk) throws IOException {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> read(new ByteArrayInputStream(bytes), chunk));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Sizes around the parser's 8,192-char reads and the reader's 65,536-byte buffer. */
  static IntStream sizesAroundBufferEdges() {
    return IntStream.of(
        0, 1, 2, 3, 4, 5, 8_188, 8_189, 8_190, 8_191, 8_192, 8_193, 8_194, 8_195, 8_196, 8_197,
        16_383, 16_384, 16_385, 16_386, 65_532, 65_533, 65_534, 65_535, 65_536, 65_537, 65_538,
        65_539, 65_540);
  }

  static String asciiOfLength(int size) {
    StringBuilder text = new StringBuilder(size);
    for (int i = 0; i < size; i++) {
      text.append(i % 50 == 49 ? '\n' : (char) ('a' + i % 26));
    }
    return text.toString();
  }

  @ParameterizedTest(name = "{0} bytes")
  @MethodSource("sizesAroundBufferEdges")
  void aTextOfAnySizeIsReadWhole(int size) throws IOException {
    String text = asciiOfLength(size);
    for (int chunk : new int[] {1, 3, 8_192}) {
      assertEquals(text, read(utf8(text), chunk).text(), "read " + chunk + " chars at a time");
    }
  }

  @ParameterizedTest(name = "{0} bytes, the last one bad")
  @MethodSource("sizesAroundBufferEdges")
  void aBadByteAtTheEndOfATextOfAnySizeIsOneReplacement(int size) throws IOException {
    if (size == 0) {
      return;
    }
    byte[] bytes = utf8(asciiOfLength(size));
    bytes[size - 1] = (byte) 0xFF;
    Read read = read(bytes, 8_192);
    assertEquals(asciiOfLength(size - 1) + StrictUtf8Reader.REPLACEMENT, read.text());
    assertEquals(1, read.malformed());
  }

  @ParameterizedTest(name = "a text cut at byte {0}")
  @MethodSource("everySplitOfMixedText")
  void multibyteCharactersSplitAcrossReadsAreWhole(int split) throws IOException {
    String text = MIXED.repeat(3);
    byte[] bytes = utf8(text);
    for (int chunk : new int[] {1, 2, 3, 8_192}) {
      Read read =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> read(new SplitStream(bytes, split), chunk));
      assertEquals(text, read.text(), "read " + chunk + " chars at a time");
      assertEquals(0, read.malformed());
    }
  }

  static IntStream everySplitOfMixedText() {
    return IntStream.rangeClosed(0, utf8(MIXED.repeat(3)).length);
  }

  @Test
  void multibyteCharactersArrivingOneByteAtATimeAreWhole() throws IOException {
    String text = MIXED.repeat(5);
    for (int chunk : new int[] {1, 2, 8_192}) {
      Read read =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> read(new SplitStream(utf8(text), 1).oneByteAtATime(), chunk));
      assertEquals(text, read.text());
    }
  }

  @Test
  void anEmojiReadOneCharAtATimeComesAsItsTwoChars() throws IOException {
    String text = "😀a😀";
    Read read = read(utf8(text), 1);
    assertEquals(text, read.text());
  }

  @Test
  void aSingleCharReadOfAnEmojiEnds() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          try (StrictUtf8Reader reader =
              new StrictUtf8Reader(new ByteArrayInputStream(utf8("😀")))) {
            assertEquals(0xD83D, reader.read());
            assertEquals(0xDE00, reader.read());
            assertEquals(-1, reader.read());
          }
        });
  }

  @ParameterizedTest(name = "arriving {0} bytes at a time")
  @ValueSource(ints = {1, 2, 3, 1 << 16})
  void onlyALeadingByteOrderMarkIsSkipped(int bytesAtATime) throws IOException {
    byte[] bytes = concat(BOM, utf8("id,name\n"), BOM, utf8("x\n"));
    Read read = read(new SplitStream(bytes, bytesAtATime).repeatedly(), 8_192);
    assertEquals("id,name\n\uFEFFx\n", read.text());
  }

  @ParameterizedTest(name = "arriving {0} bytes at a time")
  @ValueSource(ints = {1, 2, 3, 1 << 16})
  void aByteOrderMarkAfterTheFirstCharacterIsKept(int bytesAtATime) throws IOException {
    byte[] bytes = concat(utf8("a"), BOM, utf8("b"));
    assertEquals("a\uFEFFb", read(new SplitStream(bytes, bytesAtATime).repeatedly(), 8_192).text());
  }

  @Test
  void aFileThatIsOnlyAByteOrderMarkIsEmpty() throws IOException {
    assertEquals("", read(BOM, 8_192).text());
    assertEquals(
        "\uFFFD",
        read(new byte[] {(byte) 0xEF, (byte) 0xBB}, 8_192).text(),
        "half a mark is a bad sequence");
  }

  @Test
  void eachMalformedSequenceIsOneReplacementCounted() throws IOException {
    byte[] bytes =
        concat(
            utf8("a"),
            new byte[] {(byte) 0xC3},
            utf8("b"),
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            utf8("c"),
            new byte[] {(byte) 0xE8, (byte) 0xAA});
    Read read = read(bytes, 8_192);
    assertEquals("a\uFFFDb\uFFFD\uFFFDc\uFFFD", read.text());
    assertEquals(4, read.malformed());
  }

  @ParameterizedTest(name = "a bad byte at {0}")
  @ValueSource(ints = {8_190, 8_191, 8_192, 8_193, 65_535, 65_536, 65_537})
  void aBadByteAtABufferEdgeIsOneReplacement(int at) throws IOException {
    byte[] bytes = utf8(asciiOfLength(at + 3));
    bytes[at] = (byte) 0x80;
    String expected =
        asciiOfLength(at + 3).substring(0, at)
            + StrictUtf8Reader.REPLACEMENT
            + asciiOfLength(at + 3).substring(at + 1);
    Read read = read(bytes, 8_192);
    assertEquals(expected, read.text());
    assertEquals(1, read.malformed());
  }

  /**
   * Hands out the first {@code split} bytes in one read, then the rest; or a few bytes every read.
   */
  static final class SplitStream extends InputStream {
    private final byte[] bytes;
    private final int split;
    private int position;
    private boolean repeated;

    SplitStream(byte[] bytes, int split) {
      this.bytes = bytes;
      this.split = split;
    }

    SplitStream repeatedly() {
      repeated = true;
      return this;
    }

    SplitStream oneByteAtATime() {
      return new SplitStream(bytes, 1).repeatedly();
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (position == bytes.length) {
        return -1;
      }
      int limit =
          repeated
              ? Math.max(1, split)
              : position < split ? split - position : bytes.length - position;
      int n = Math.min(Math.min(length, limit), bytes.length - position);
      System.arraycopy(bytes, position, target, offset, n);
      position += n;
      return n;
    }
  }
}
