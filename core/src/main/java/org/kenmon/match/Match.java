package org.kenmon.match;

import java.util.List;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.NameStrength;
import org.kenmon.match.score.NameComparison;

/**
 * A list entry a query matched: which of its names, how strongly, the outcome, and why: the token
 * alignment and each piece of supporting or contrary evidence with what it did to the score.
 *
 * @param nameScore the name comparison alone, before evidence
 * @param evidence one line per adjustment ("date of birth 1961-03-02 conflicts with 1958 (-0.12)")
 * @param heldAtReview whether the matcher keeps this match below the match threshold whatever the
 *     score (a weak alias alone, a name of common words only, a conflicting date of birth)
 */
public record Match(ListEntry entry, String matchedName, NameStrength strength, double score, double nameScore,
    MatchOutcome outcome, NameComparison comparison, List<String> evidence, boolean heldAtReview) {

  public Match {
    evidence = List.copyOf(evidence);
  }

  /** One paragraph a reviewer can read. */
  public String explanation() {
    StringBuilder s = new StringBuilder();
    if (comparison != null) {
      s.append(String.format(java.util.Locale.ROOT, "name %.2f against \"%s\"%s: %s", nameScore, matchedName,
          strength == NameStrength.WEAK ? " (weak alias)" : strength == NameStrength.STRONG ? " (alias)" : "",
          comparison.explain()));
    }
    for (String e : evidence) {
      s.append(s.length() == 0 ? "" : "; ").append(e);
    }
    return s.toString();
  }
}
