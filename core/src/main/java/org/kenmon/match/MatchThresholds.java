package org.kenmon.match;

/**
 * The two thresholds that turn scores into outcomes. The defaults were chosen from the accuracy
 * runs in docs/benchmarks.md; see there for precision, recall and false alerts at each.
 */
public record MatchThresholds(double match, double review) {
  /** The calibrated defaults. */
  public static final MatchThresholds DEFAULT = new MatchThresholds(0.86, 0.78);

  public MatchThresholds {
    if (!(review > 0 && review <= match && match <= 1)) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 < review <= match <= 1, got review " + review + ", match " + match);
    }
  }

  public MatchOutcome outcome(double score) {
    return score >= match ? MatchOutcome.MATCH : score >= review ? MatchOutcome.REVIEW : null;
  }
}
