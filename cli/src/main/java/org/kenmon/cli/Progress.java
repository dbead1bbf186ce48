package org.kenmon.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on a terminal: records done, rate, and when the input size is
 * known, percent and ETA. Redrawn at most twice a second; silent when stderr is not a terminal.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** {@code fraction} is the share of the input read, or negative when unknown. */
  void update(long records, double fraction) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 500_000_000L) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = records / Math.max(seconds, 1e-9);
    String line = String.format(Locale.ROOT, "\rscreened %,d records, %,.0f/s", records, rate);
    if (fraction > 0 && fraction <= 1) {
      double eta = seconds / fraction - seconds;
      line += String.format(Locale.ROOT, ", %.0f%%, ETA %dm%02ds", fraction * 100, (long) eta / 60, (long) eta % 60);
    }
    err.print(line + "   ");
    err.flush();
  }

  void done() {
    if (enabled && lastDraw != 0) {
      err.print("\r" + " ".repeat(72) + "\r");
      err.flush();
    }
  }
}
