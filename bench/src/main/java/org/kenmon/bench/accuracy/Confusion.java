package org.kenmon.bench.accuracy;

/**
 * Counts of a binary decision against labels, and the measures made from them. Precision is 1
 * when nothing was predicted and recall 1 when nothing was to be found, so an empty slice does
 * not look like a failure.
 */
public record Confusion(int tp, int fp, int fn, int tn) {

  /**
   * @throws IllegalArgumentException when a count is negative
   */
  public Confusion {
    if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
      throw new IllegalArgumentException("negative count in " + tp + "/" + fp + "/" + fn + "/" + tn);
    }
  }

  public static final Confusion EMPTY = new Confusion(0, 0, 0, 0);

  /** Adds one decision. */
  public Confusion add(boolean predicted, boolean actual) {
    return new Confusion(tp + (predicted && actual ? 1 : 0), fp + (predicted && !actual ? 1 : 0),
        fn + (!predicted && actual ? 1 : 0), tn + (!predicted && !actual ? 1 : 0));
  }

  public int total() {
    return tp + fp + fn + tn;
  }

  public double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
