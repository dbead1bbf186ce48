package org.kenmon.bench.ledger;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks 0..n-1 drawn with probability proportional to {@code 1 / (rank + 1)^s}: how often real
 * ledgers name their counterparties (a few constantly, most rarely). A table of the cumulative
 * distribution and a binary search per draw.
 */
final class Zipf {
  private final double[] cumulative;

  /**
   * @throws IllegalArgumentException if n is not positive or s is negative
   */
  Zipf(int n, double s) {
    if (n < 1 || s < 0) {
      throw new IllegalArgumentException("Zipf needs n >= 1 and s >= 0, got n=" + n + ", s=" + s);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.pow(i + 1, -s);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
  }

  int size() {
    return cumulative.length;
  }

  int next(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = i >= 0 ? i : -i - 1;
    return Math.min(rank, cumulative.length - 1);
  }
}
