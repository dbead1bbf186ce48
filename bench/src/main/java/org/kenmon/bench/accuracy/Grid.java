package org.kenmon.bench.accuracy;

/** The thresholds every accuracy table walks: 0.50 to 0.99 in steps of 0.01. */
final class Grid {
  static final double[] THRESHOLDS = new double[50];

  static {
    for (int i = 0; i < THRESHOLDS.length; i++) {
      THRESHOLDS[i] = (50 + i) / 100.0;
    }
  }

  /** The lowest score the runs keep: below it nothing is counted at any threshold of the grid. */
  static final double FLOOR = THRESHOLDS[0];

  private Grid() {}
}
