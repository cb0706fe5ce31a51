package com.keepwise.reports.dataset.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text from a stream, with a leading byte-order mark skipped and malformed bytes counted
 * instead of silently replaced.
 *
 * <p>Each malformed sequence becomes U+FFFD so that the CSV parser keeps going and every other
 * problem of the file can still be found; {@link #malformedSequences()} tells the row reader that a
 * U+FFFD it sees stands for bad bytes rather than for the character itself.
 */
public final class StrictUtf8Reader extends Reader {

  public static final char REPLACEMENT = '\uFFFD';

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);

  /** For a character that needs two chars when the caller asked for one. */
  private final CharBuffer pair = CharBuffer.allocate(2);

  private boolean endOfInput;

  /** The decoder has been flushed: every later read is the end of the text. */
  private boolean finished;

  private boolean started;
  private int pendingLow = -1;
  private long malformed;

  public StrictUtf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  /** How many malformed byte sequences were read so far. */
  public long malformedSequences() {
    return malformed;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (pendingLow >= 0) {
      target[offset] = (char) pendingLow;
      pendingLow = -1;
      return 1;
    }
    if (finished) {
      return -1;
    }
    if (!started) {
      start();
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (out.position() == offset) {
      if (!endOfInput && bytes.remaining() < 4) {
        fill();
      }
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        if (!out.hasRemaining()) {
          break;
        }
        bytes.position(bytes.position() + result.length());
        out.put(REPLACEMENT);
        malformed++;
      } else if (result.isOverflow()) {
        if (out.position() == offset) {
          splitPair(out); // room for one char, and the next character needs two
        }
      } else if (endOfInput) {
        // Underflow with the input ended: every byte is decoded (an incomplete sequence at the very
        // end is an error above, not an underflow). Flushing ends the decoder for good.
        decoder.flush(out);
        finished = true;
        break;
      }
    }
    return out.position() == offset ? -1 : out.position() - offset;
  }

  /**
   * Hands out the high surrogate of the next character now and keeps the low one for the next read.
   */
  private void splitPair(CharBuffer out) {
    pair.clear();
    CoderResult result = decoder.decode(bytes, pair, endOfInput);
    if (result.isError()) {
      return; // the loop finds the error again, with room for its replacement
    }
    pair.flip();
    out.put(pair.get());
    if (pair.hasRemaining()) {
      pendingLow = pair.get();
    }
  }

  /**
   * Reads until the first three bytes are in (or the stream ends), then skips a byte-order mark.
   */
  private void start() throws IOException {
    started = true;
    while (!endOfInput && bytes.remaining() < 3) {
      fill();
    }
    if (bytes.remaining() >= 3
        && (bytes.get(0) & 0xFF) == 0xEF
        && (bytes.get(1) & 0xFF) == 0xBB
        && (bytes.get(2) & 0xFF) == 0xBF) {
      bytes.position(3);
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
