package org.kenmon.bench.speed;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.kenmon.match.index.ListIndex;
import org.kenmon.match.normalize.NameNormalizer;

/**
 * The baseline matcher: commons-text Jaro–Winkler of the whole query against every indexed name,
 * keeping the best. This is roughly what OFAC's Sanctions List Search does (whole-string JW over
 * every name, no index), and what Watchman falls back to when no query token hits. Query and list
 * names are normalized by Kenmon's normalizer (lower case, accents folded, other scripts
 * transliterated), so the baseline differs from Kenmon only in how it finds and scores names.
 * Thread-safe.
 */
public final class FullScanJaroWinkler {
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  private final String[] names;

  /** The best name: its id in the index and its similarity. */
  public record Hit(int nameId, double score) {}

  public FullScanJaroWinkler(ListIndex index) {
    names = new String[index.nameCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = index.name(i).name().text();
    }
  }

  /** The most similar name to the query, after scoring all of them. */
  public Hit best(String query) {
    String q = NameNormalizer.normalize(query).text();
    int best = -1;
    double bestScore = -1;
    for (int i = 0; i < names.length; i++) {
      double s = JW.apply(q, names[i]);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return new Hit(best, bestScore);
  }

  public int size() {
    return names.length;
  }
}
