package org.kenmon.lists.internal;

import java.io.IOException;
import java.io.Reader;
import org.kenmon.lists.ListLimitException;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()} but never holds more than {@code
 * maxChars} of one line, so that a file without line breaks cannot exhaust memory.
 */
public final class LineReader {
  private final Reader in;
  private final String file;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int pos;
  private int end;
  private int lineNumber;

  public LineReader(Reader in, String file, int maxChars) {
    this.in = in;
    this.file = file;
    this.maxChars = maxChars;
  }

  /** The 1-based number of the line last returned. */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * The next line without its terminator, or null at the end.
   *
   * @throws ListLimitException when the line is longer than {@code maxChars}
   */
  public String next() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (line == null) {
            return null;
          }
          lineNumber++;
          return line.toString();
        }
      }
      if (line == null) {
        line = new StringBuilder();
      }
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      line.append(buffer, start, pos - start);
      if (line.length() > maxChars) {
        throw new ListLimitException(file, lineNumber + 1, "maxTextChars", "a line of more than " + maxChars
            + " characters", maxChars);
      }
      if (pos < end) {
        pos++;
        lineNumber++;
        int n = line.length();
        return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
      }
    }
  }
}
