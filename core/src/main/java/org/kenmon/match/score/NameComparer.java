package org.kenmon.match.score;

import java.util.ArrayList;
import java.util.List;
import org.kenmon.match.normalize.NormalizedName;
import org.kenmon.match.normalize.TokenKind;
import org.kenmon.match.similarity.JaroWinkler;

/**
 * Compares a query name with a list name, token by token, in any order.
 *
 * <p>Every query token (or two adjacent tokens written as one on the other side) is paired with
 * its most similar list token: exact, the same canonical romanization (Korean, Japanese,
 * Chinese), or a similar spelling (Jaro–Winkler above a floor that is stricter for short tokens).
 * Pairs are chosen greedily, best first, each token used once. The score is the weighted share of
 * matched similarity:
 *
 * <pre>
 *   score = Σ sim · (w_query + w_list) / (Σ w_query + Σ w_list matched + f · Σ w_list unmatched)
 * </pre>
 *
 * so that query words the list name lacks cost fully, while list words the query leaves out (a
 * middle name, a patronymic) cost less, the less the longer the list name (factor 0.9 for names
 * of up to three words, 0.6 for four, 0.4 beyond). Weights come from token rarity ({@link
 * TokenWeights}).
 *
 * <p>Stateless and thread-safe; working memory is per thread, so scoring allocates nothing.
 */
public final class NameComparer {
  /** Similarity given to two tokens with the same canonical romanization but other spellings. */
  public static final double ROMANIZATION_SIMILARITY = 0.95;
  /** What an unmatched list token of a long name (five words or more) costs, relative to an unmatched query token. */
  public static final double UNMATCHED_LIST_FACTOR = 0.4;
  /** Lowest Jaro–Winkler that counts as a match between tokens of four letters or more. */
  public static final double FUZZY_FLOOR = 0.84;
  /** Lowest Jaro–Winkler that counts between short tokens (three letters or less). */
  public static final double SHORT_FUZZY_FLOOR = 0.95;
  /**
   * Factor applied when both names carry numbers that differ ("Trust 2004" and "Trust 2005",
   * "Fund 2" and "Fund 3"): the numbers usually tell entities apart.
   */
  public static final double NUMBER_CONFLICT_FACTOR = 0.7;
  /** Below this length ratio, a fuzzy similarity is discounted by the shortfall. */
  public static final double LENGTH_RATIO_FLOOR = 0.7;
  /** Tokens beyond this many on either side are ignored. */
  static final int MAX_TOKENS = 24;

  static final int EXACT = 0;
  static final int KOREAN = 1;
  static final int JAPANESE = 2;
  static final int CHINESE = 3;
  static final int FUZZY = 4;
  static final String[] HOW = {"EXACT", "KOREAN", "JAPANESE", "CHINESE", "FUZZY"};

  private static final ThreadLocal<Alignment> SCRATCH = ThreadLocal.withInitial(Alignment::new);

  private NameComparer() {}

  /** The score alone; allocates nothing. */
  public static double score(PreparedName query, PreparedName list) {
    Alignment a = SCRATCH.get();
    a.align(query, list);
    return a.score(query, list);
  }

  /** The score with its explanation. */
  public static NameComparison compare(PreparedName query, PreparedName list) {
    Alignment a = SCRATCH.get();
    a.align(query, list);
    double score = a.score(query, list);
    List<TokenMatch> matches = new ArrayList<>();
    for (int k = 0; k < a.chosen; k++) {
      int p = a.order[k];
      String qt = text(query, a.qi[p], a.qs[p]);
      String ct = text(list, a.ci[p], a.cs[p]);
      String how = HOW[a.how[p]] + (a.qs[p] + a.cs[p] > 2 ? "+JOINED" : "");
      matches.add(new TokenMatch(qt, ct, how, a.sim[p]));
    }
    List<String> unmatchedQuery = new ArrayList<>();
    for (int i = 0; i < Math.min(query.size(), MAX_TOKENS); i++) {
      if ((a.usedQ & (1L << i)) == 0 && query.weights[i] > 0) {
        unmatchedQuery.add(query.name.tokens()[i]);
      }
    }
    List<String> unmatchedList = new ArrayList<>();
    for (int j = 0; j < Math.min(list.size(), MAX_TOKENS); j++) {
      if ((a.usedC & (1L << j)) == 0 && list.weights[j] > 0) {
        unmatchedList.add(list.name.tokens()[j]);
      }
    }
    return new NameComparison(score, matches, unmatchedQuery, unmatchedList);
  }

  private static String text(PreparedName n, int i, int span) {
    return span == 1 ? n.name.tokens()[i] : n.name.tokens()[i] + " " + n.name.tokens()[i + 1];
  }

  /** Working memory for one comparison: candidate pairs and the chosen ones. */
  static final class Alignment {
    private static final int MAX_PAIRS = 4 * MAX_TOKENS * MAX_TOKENS;
    final float[] sim = new float[MAX_PAIRS];
    final byte[] qi = new byte[MAX_PAIRS];
    final byte[] qs = new byte[MAX_PAIRS];
    final byte[] ci = new byte[MAX_PAIRS];
    final byte[] cs = new byte[MAX_PAIRS];
    final byte[] how = new byte[MAX_PAIRS];
    final int[] order = new int[MAX_PAIRS];
    int count;
    int chosen;
    long usedQ;
    long usedC;
    private int lastHow;

    void align(PreparedName q, PreparedName c) {
      count = 0;
      int n = Math.min(q.size(), MAX_TOKENS);
      int m = Math.min(c.size(), MAX_TOKENS);
      NormalizedName qn = q.name;
      NormalizedName cn = c.name;
      for (int i = 0; i < n; i++) {
        if (q.weights[i] <= 0) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          if (c.weights[j] <= 0) {
            continue;
          }
          double s = similarity(qn.tokens()[i], qn.korean()[i], qn.japanese()[i], qn.chinese()[i], qn.kinds()[i],
              cn.tokens()[j], cn.korean()[j], cn.japanese()[j], cn.chinese()[j], cn.kinds()[j]);
          add(s, i, 1, j, 1);
          if (j + 1 < m && c.pairText[j] != null && qn.kinds()[i] == TokenKind.WORD) {
            s = similarity(qn.tokens()[i], qn.korean()[i], qn.japanese()[i], qn.chinese()[i], TokenKind.WORD,
                c.pairText[j], c.pairKorean[j], c.pairJapanese[j], c.pairChinese[j], TokenKind.WORD);
            add(s, i, 1, j, 2);
          }
          if (i + 1 < n && q.pairText[i] != null && cn.kinds()[j] == TokenKind.WORD) {
            s = similarity(q.pairText[i], q.pairKorean[i], q.pairJapanese[i], q.pairChinese[i], TokenKind.WORD,
                cn.tokens()[j], cn.korean()[j], cn.japanese()[j], cn.chinese()[j], TokenKind.WORD);
            add(s, i, 2, j, 1);
          }
        }
      }
      // Best first; ties prefer single tokens, then earlier positions, so results are stable.
      for (int k = 0; k < count; k++) {
        order[k] = k;
      }
      for (int k = 1; k < count; k++) {
        int p = order[k];
        int x = k - 1;
        while (x >= 0 && better(p, order[x])) {
          order[x + 1] = order[x];
          x--;
        }
        order[x + 1] = p;
      }
      usedQ = 0;
      usedC = 0;
      chosen = 0;
      for (int k = 0; k < count; k++) {
        int p = order[k];
        long maskQ = span(qi[p], qs[p]);
        long maskC = span(ci[p], cs[p]);
        if ((usedQ & maskQ) == 0 && (usedC & maskC) == 0) {
          usedQ |= maskQ;
          usedC |= maskC;
          order[chosen++] = p;
        }
      }
    }

    private boolean better(int a, int b) {
      if (sim[a] != sim[b]) {
        return sim[a] > sim[b];
      }
      int spanA = qs[a] + cs[a];
      int spanB = qs[b] + cs[b];
      if (spanA != spanB) {
        return spanA < spanB;
      }
      return qi[a] < qi[b] || qi[a] == qi[b] && ci[a] < ci[b];
    }

    private static long span(int start, int length) {
      return length == 1 ? 1L << start : 3L << start;
    }

    private void add(double s, int i, int iSpan, int j, int jSpan) {
      if (s <= 0 || count == MAX_PAIRS) {
        return;
      }
      sim[count] = (float) s;
      qi[count] = (byte) i;
      qs[count] = (byte) iSpan;
      ci[count] = (byte) j;
      cs[count] = (byte) jSpan;
      how[count] = (byte) lastHow;
      count++;
    }

    double score(PreparedName q, PreparedName c) {
      double num = 0;
      double matchedList = 0;
      for (int k = 0; k < chosen; k++) {
        int p = order[k];
        double wq = weight(q, qi[p], qs[p]);
        double wc = weight(c, ci[p], cs[p]);
        num += sim[p] * (wq + wc);
        matchedList += wc;
      }
      double queryTotal = 0;
      for (int i = 0; i < Math.min(q.size(), MAX_TOKENS); i++) {
        queryTotal += q.weights[i];
      }
      double listTotal = 0;
      for (int j = 0; j < Math.min(c.size(), MAX_TOKENS); j++) {
        listTotal += c.weights[j];
      }
      double den = queryTotal + matchedList + unmatchedListFactor(c.size()) * (listTotal - matchedList);
      double score = den <= 0 ? 0 : Math.min(1.0, num / den);
      return hasUnmatchedNumber(q, usedQ) && hasUnmatchedNumber(c, usedC) ? score * NUMBER_CONFLICT_FACTOR : score;
    }

    /**
     * What a list word the query leaves out costs. In a long name (Arabic names with patronymics
     * and tribal names) leaving words out is common; in a name of two or three words (most Korean
     * names) the missing word is a third of the person: Kim Chol is not Kim Yong Chol.
     */
    static double unmatchedListFactor(int listTokens) {
      return listTokens <= 3 ? 0.9 : listTokens == 4 ? 0.6 : UNMATCHED_LIST_FACTOR;
    }

    /** Whether a number of this name found no equal number on the other side. */
    private static boolean hasUnmatchedNumber(PreparedName n, long used) {
      for (int i = 0; i < Math.min(n.size(), MAX_TOKENS); i++) {
        if (n.name.kinds()[i] == TokenKind.NUMBER && (used & (1L << i)) == 0) {
          return true;
        }
      }
      return false;
    }

    private static double weight(PreparedName n, int i, int span) {
      return span == 1 ? n.weights[i] : n.weights[i] + n.weights[i + 1];
    }

    /** Similarity of two tokens (or joined pairs), setting {@link #lastHow}. */
    private double similarity(String a, String ka, String ja, String ca, TokenKind kindA,
        String b, String kb, String jb, String cb, TokenKind kindB) {
      if (a.equals(b)) {
        lastHow = EXACT;
        return 1.0;
      }
      if (kindA == TokenKind.NUMBER || kindB == TokenKind.NUMBER || kindA != kindB) {
        return 0;
      }
      if (ka != null && ka.equals(kb)) {
        lastHow = KOREAN;
        return ROMANIZATION_SIMILARITY;
      }
      if (ja != null && ja.equals(jb)) {
        lastHow = JAPANESE;
        return ROMANIZATION_SIMILARITY;
      }
      if (ca != null && ca.equals(cb)) {
        lastHow = CHINESE;
        return ROMANIZATION_SIMILARITY;
      }
      double best = JaroWinkler.similarity(a, b);
      if (ka != null && kb != null) {
        best = Math.max(best, 0.98 * JaroWinkler.similarity(ka, kb));
      }
      // Jaro-Winkler rewards a shared prefix even when one word is much longer ("tong" inside
      // "tongmyong"); a word that is only a piece of the other is not the same word.
      int shorter = Math.min(a.length(), b.length());
      int longer = Math.max(a.length(), b.length());
      if (shorter < LENGTH_RATIO_FLOOR * longer) {
        best *= 1.0 - (LENGTH_RATIO_FLOOR - (double) shorter / longer);
      }
      double floor = Math.min(a.length(), b.length()) <= 3 ? SHORT_FUZZY_FLOOR : FUZZY_FLOOR;
      if (best < floor) {
        return 0;
      }
      lastHow = FUZZY;
      return best;
    }
  }
}
