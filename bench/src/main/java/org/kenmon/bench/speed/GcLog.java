package org.kenmon.bench.speed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures read from a unified GC log ({@code -Xlog:gc:file=…}): the most heap in use when a
 * collection started (the peak the program reached, garbage included), the most still in use
 * after one (what it kept: the figure that must not grow with the input), and the most committed.
 *
 * @param collections pauses logged
 */
record GcLog(long maxBeforeBytes, long maxAfterBytes, long maxCommittedBytes, int collections) {
  private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  static GcLog read(Path file) throws IOException {
    long before = 0;
    long after = 0;
    long committed = 0;
    int n = 0;
    for (String line : Files.readAllLines(file)) {
      Matcher m = PAUSE.matcher(line);
      if (line.contains("Pause") && m.find()) {
        before = Math.max(before, bytes(m.group(1), m.group(2)));
        after = Math.max(after, bytes(m.group(3), m.group(4)));
        committed = Math.max(committed, bytes(m.group(5), m.group(6)));
        n++;
      }
    }
    return new GcLog(before, after, committed, n);
  }

  private static long bytes(String number, String unit) {
    long v = Long.parseLong(number);
    return switch (unit) {
      case "K" -> v << 10;
      case "M" -> v << 20;
      default -> v << 30;
    };
  }
}
