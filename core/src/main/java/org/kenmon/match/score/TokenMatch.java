package org.kenmon.match.score;

/**
 * One aligned pair: which query text met which list text, how, and how similar they are.
 *
 * @param how EXACT, KOREAN / JAPANESE / CHINESE (same canonical romanization), FUZZY (similar
 *     spelling); suffixed "+JOINED" when one side is two tokens written as one
 */
public record TokenMatch(String query, String list, String how, double similarity) {
  @Override
  public String toString() {
    return query.equals(list) ? query + " (" + how.toLowerCase(java.util.Locale.ROOT) + ")"
        : query + " ~ " + list + " (" + how.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + String.format(java.util.Locale.ROOT, " %.2f", similarity) + ")";
  }
}
