package org.kenmon.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a request body within limits: a line longer than {@code maxLineChars} is
 * skipped to its end and reported ({@link #lastTooLong}), so one huge line costs no memory; reading
 * stops once {@code maxBytes} have been read ({@link #overLimit}). Malformed UTF-8 becomes U+FFFD,
 * which the JSON parser then reports for that line alone.
 */
final class LineReader {
  private final CountingInput counted;
  private final Reader in;
  private final int maxLineChars;
  private final StringBuilder line = new StringBuilder(256);
  private long lineNumber;
  private boolean tooLong;

  LineReader(InputStream in, int maxLineChars, long maxBytes) {
    this.counted = new CountingInput(in, maxBytes);
    this.in = new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    this.maxLineChars = maxLineChars;
  }

  /** The next line without its end, or null at the end of the body (or of the limit). */
  String next() throws IOException {
    line.setLength(0);
    tooLong = false;
    int c;
    boolean any = false;
    while ((c = in.read()) != -1) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (line.length() < maxLineChars) {
        line.append((char) c);
      } else {
        tooLong = true;
      }
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return tooLong ? line.substring(0, Math.min(200, line.length())) : line.toString();
  }

  /** Whether more input can be read without waiting: when not, the output so far is flushed. */
  boolean ready() throws IOException {
    return in.ready();
  }

  long lineNumber() {
    return lineNumber;
  }

  boolean lastTooLong() {
    return tooLong;
  }

  /** Whether reading stopped at the byte limit rather than at the end of the body. */
  boolean overLimit() {
    return counted.overLimit;
  }

  /** Ends the stream once the limit is reached. */
  private static final class CountingInput extends InputStream {
    private final InputStream in;
    private final long max;
    private long count;
    boolean overLimit;

    CountingInput(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      if (count >= max) {
        overLimit |= in.read() != -1;
        return -1;
      }
      int b = in.read();
      if (b != -1) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (count >= max) {
        overLimit |= in.read() != -1;
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, max - count));
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }
  }
}
