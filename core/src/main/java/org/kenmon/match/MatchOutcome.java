package org.kenmon.match;

import java.util.Locale;

/**
 * What a candidate's score means: at or above the match threshold it is a {@code match} (treat
 * the party as the listed one), between the review and match thresholds a {@code review} (a
 * person must decide).
 */
public enum MatchOutcome {
  MATCH,
  REVIEW;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
