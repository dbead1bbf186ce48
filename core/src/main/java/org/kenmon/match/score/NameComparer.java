package org.kenmon.match.score;

import java.util.ArrayList;
import java.util.List;
import org.kenmon.match.normalize.NormalizedName;
import org.kenmon.match.normalize.TokenKind;
import org.kenmon.match.similarity.EditDistance;

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
 *   score = Σ sim · (w_query + w_list)
 *         / (Σ w_query matched + 0.8 · Σ w_query unmatched + Σ w_list matched + f · Σ w_list unmatched)
 * </pre>
 *
 * so that query words the list name lacks cost almost fully, while list words the query leaves out (a
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
  static final int PHONETIC = 5;
  static final int INITIAL = 6;
  static final String[] HOW = {"EXACT", "KOREAN", "JAPANESE", "CHINESE", "FUZZY", "PHONETIC", "INITIAL"};
  /** Similarity of words that sound alike (same Double Metaphone code) but are spelled otherwise. */
  public static final double PHONETIC_SIMILARITY = 0.90;
  /** Similarity of Korean syllables that differ only in the vowels South Korean spellings confuse. */
  public static final double LOOSE_KOREAN_SIMILARITY = 0.90;
  /** Similarity of an initial and a word it begins ("V." and "Vladimir"). */
  public static final double INITIAL_SIMILARITY = 0.75;
  /** Each edit within the typo budget costs this much similarity. */
  public static final double EDIT_COST = 0.05;
  /** What a query word the list name lacks costs (an extra middle name typed is common). */
  public static final double UNMATCHED_QUERY_FACTOR = 0.8;
  /** Factor when only one name carries a number the other lacks ("Solutions II" and "Solutions"). */
  public static final double ONE_SIDED_NUMBER_FACTOR = 0.92;
  /**
   * Factor when each name has a word the other lacks: one word put in place of another (BEN ALI for
   * BEN MOHAMED) is a different person more often than a word left out.
   */
  public static final double SUBSTITUTION_FACTOR = 0.93;
  /** Factor when the words of Latin-script names are matched in another order (Hans Friedrich). */
  public static final double REORDER_FACTOR = 0.92;
  /** Factor when both names carry legal forms and none is shared (Deutsche Bank AG and GmbH). */
  public static final double LEGAL_FORM_CONFLICT_FACTOR = 0.93;

  private static final ThreadLocal<Alignment> SCRATCH = ThreadLocal.withInitial(Alignment::new);

  private NameComparer() {}

  /** The score alone; allocates nothing. */
  public static double score(PreparedName query, PreparedName list) {
    if (sameScript(query, list)) {
      return score(query.nativeName, list.nativeName);
    }
    Alignment a = SCRATCH.get();
    a.align(query, list);
    return a.score(query, list);
  }

  /**
   * Two names in the same non-Latin script are compared in that script: transliteration would
   * merge what tells them apart (高石 and 高市 are both "gao shi"; 김종은 and 김정은 meet on the
   * Korean key).
   */
  private static boolean sameScript(PreparedName q, PreparedName c) {
    return q.nativeName != null && c.nativeName != null && q.name.script() == c.name.script();
  }

  /** The score with its explanation. */
  public static NameComparison compare(PreparedName query, PreparedName list) {
    if (sameScript(query, list)) {
      return compare(query.nativeName, list.nativeName);
    }
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
          double s = similarity(qn, i, cn, j);
          add(s, i, 1, j, 1);
          // Joined words meet only exactly or by romanization key: a word spelled like two others
          // run together is a coincidence (Alice Viana, ALICANTE).
          if (j + 1 < m && c.pairText[j] != null && qn.kinds()[i] == TokenKind.WORD) {
            s = joinedSimilarity(qn.tokens()[i], qn.korean()[i], qn.japanese()[i], qn.chinese()[i],
                c.pairText[j], c.pairKorean[j], c.pairJapanese[j], c.pairChinese[j]);
            add(s, i, 1, j, 2);
          }
          if (i + 1 < n && q.pairText[i] != null && cn.kinds()[j] == TokenKind.WORD) {
            s = joinedSimilarity(q.pairText[i], q.pairKorean[i], q.pairJapanese[i], q.pairChinese[i],
                cn.tokens()[j], cn.korean()[j], cn.japanese()[j], cn.chinese()[j]);
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
      double matchedQuery = 0;
      for (int k = 0; k < chosen; k++) {
        matchedQuery += weight(q, qi[order[k]], qs[order[k]]);
      }
      double den = matchedQuery + UNMATCHED_QUERY_FACTOR * (queryTotal - matchedQuery) + matchedList
          + unmatchedListFactor(c.size()) * (listTotal - matchedList);
      double score = den <= 0 ? 0 : Math.min(1.0, num / den);
      boolean numberQ = hasUnmatchedNumber(q, usedQ);
      boolean numberC = hasUnmatchedNumber(c, usedC);
      if (numberQ && numberC) {
        score *= NUMBER_CONFLICT_FACTOR;
      } else if (numberQ || numberC) {
        score *= ONE_SIDED_NUMBER_FACTOR;
      }
      if (hasUnmatchedWord(q, usedQ) && hasUnmatchedWord(c, usedC)) {
        score *= SUBSTITUTION_FACTOR;
      }
      if (legalFormConflict(q, c)) {
        score *= LEGAL_FORM_CONFLICT_FACTOR;
      }
      if (reordered(q, c)) {
        score *= REORDER_FACTOR;
      }
      return score;
    }

    /** Both names carry legal forms and share none of them. */
    private static boolean legalFormConflict(PreparedName q, PreparedName c) {
      boolean qHas = false;
      boolean cHas = false;
      for (int i = 0; i < Math.min(q.size(), MAX_TOKENS); i++) {
        if (q.name.kinds()[i] != TokenKind.LEGAL_FORM) {
          continue;
        }
        qHas = true;
        for (int j = 0; j < Math.min(c.size(), MAX_TOKENS); j++) {
          if (c.name.kinds()[j] == TokenKind.LEGAL_FORM && q.name.tokens()[i].equals(c.name.tokens()[j])) {
            return false;
          }
        }
      }
      for (int j = 0; j < Math.min(c.size(), MAX_TOKENS) && !cHas; j++) {
        cHas = c.name.kinds()[j] == TokenKind.LEGAL_FORM;
      }
      return qHas && cHas;
    }

    /**
     * Whether matched words of two Latin-script names appear in another order, in names that are
     * not Korean or Chinese (whose order lists and people flip all the time): "Hans Friedrich" is
     * not "Friedrich Hans", and "Salman bin Muhammad" not "Muhammad bin Salman".
     */
    private boolean reordered(PreparedName q, PreparedName c) {
      boolean inverted = false;
      for (int k = 0; k < chosen; k++) {
        int p = order[k];
        int i = qi[p];
        int j = ci[p];
        if (q.name.kinds()[i] != TokenKind.WORD) {
          continue;
        }
        for (int l = 0; l < chosen; l++) {
          int o = order[l];
          if (q.name.kinds()[qi[o]] == TokenKind.WORD && qi[o] > i && ci[o] < j) {
            inverted = true;
          }
        }
      }
      return inverted && q.name.script() == org.kenmon.match.normalize.NormalizedName.Script.LATIN
          && c.name.script() == org.kenmon.match.normalize.NormalizedName.Script.LATIN
          && !eastAsian(q) && !eastAsian(c);
    }

    /** A name every word of which reads as Korean, or every word as Chinese: its order is free. */
    private static boolean eastAsian(PreparedName n) {
      boolean korean = true;
      boolean chinese = true;
      int words = 0;
      for (int i = 0; i < Math.min(n.size(), MAX_TOKENS); i++) {
        if (n.name.kinds()[i] != TokenKind.WORD) {
          continue;
        }
        words++;
        korean &= n.name.korean()[i] != null;
        chinese &= n.name.chinese()[i] != null;
      }
      return words > 0 && (korean || chinese);
    }

    /**
     * What a list word the query leaves out costs. In a long name (Arabic names with patronymics
     * and tribal names) leaving words out is common; in a name of two or three words (most Korean
     * names) the missing word is a third of the person: Kim Chol is not Kim Yong Chol.
     */
    static double unmatchedListFactor(int listTokens) {
      return listTokens <= 3 ? 0.9 : listTokens == 4 ? 0.6 : UNMATCHED_LIST_FACTOR;
    }

    /** Whether a word that weighs something found no partner. */
    private static boolean hasUnmatchedWord(PreparedName n, long used) {
      for (int i = 0; i < Math.min(n.size(), MAX_TOKENS); i++) {
        if (n.name.kinds()[i] == TokenKind.WORD && n.weights[i] > 0 && (used & (1L << i)) == 0) {
          return true;
        }
      }
      return false;
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

    private final EditDistance edits = new EditDistance();

    /**
     * Similarity of two tokens, setting {@link #lastHow}: exact 1; the same romanization key 0.95;
     * the same loose Korean key or the same phonetic code 0.9; an initial and a word it begins
     * 0.75; a spelling within the typo budget (see {@link EditDistance#budget}) 1 - 0.05 per edit;
     * anything else 0, so that a different name never counts as a weak match.
     */
    private double similarity(NormalizedName q, int i, NormalizedName c, int j) {
      String a = q.tokens()[i];
      String b = c.tokens()[j];
      TokenKind kindA = q.kinds()[i];
      TokenKind kindB = c.kinds()[j];
      if (a.equals(b)) {
        lastHow = EXACT;
        return 1.0;
      }
      if (kindA != TokenKind.WORD || kindB != TokenKind.WORD) {
        return 0; // numbers, particles and legal forms meet only exactly
      }
      if (equal(q.korean()[i], c.korean()[j])) {
        lastHow = KOREAN;
        return ROMANIZATION_SIMILARITY;
      }
      if (equal(q.japanese()[i], c.japanese()[j])) {
        lastHow = JAPANESE;
        return ROMANIZATION_SIMILARITY;
      }
      if (equal(q.chinese()[i], c.chinese()[j])) {
        lastHow = CHINESE;
        return ROMANIZATION_SIMILARITY;
      }
      if (equal(q.koreanLoose()[i], c.koreanLoose()[j])) {
        lastHow = KOREAN;
        return LOOSE_KOREAN_SIMILARITY;
      }
      if (a.length() == 1 || b.length() == 1) {
        if (a.charAt(0) == b.charAt(0)) {
          lastHow = INITIAL;
          return INITIAL_SIMILARITY;
        }
        return 0;
      }
      int budget = EditDistance.budget(Math.min(a.length(), b.length()));
      int d = budget == 0 ? 1 : edits.within(a, b, budget);
      if (d <= budget) {
        lastHow = FUZZY;
        return 1.0 - EDIT_COST * d;
      }
      // Alike in sound and not far in spelling (Gaddafi, Qadhafi): sound alone merges too much
      // (Klave and Guliev share a code).
      if (equal(q.phonetic()[i], c.phonetic()[j]) && edits.within(a, b, budget + 1) <= budget + 1) {
        lastHow = PHONETIC;
        return PHONETIC_SIMILARITY;
      }
      return 0;
    }

    /** Similarity of a word and two words written as one: exact or the same romanization key only. */
    private double joinedSimilarity(String a, String ka, String ja, String ca, String b, String kb, String jb,
        String cb) {
      if (a.equals(b)) {
        lastHow = EXACT;
        return 1.0;
      }
      if (equal(ka, kb)) {
        lastHow = KOREAN;
        return ROMANIZATION_SIMILARITY;
      }
      if (equal(ja, jb)) {
        lastHow = JAPANESE;
        return ROMANIZATION_SIMILARITY;
      }
      if (equal(ca, cb)) {
        lastHow = CHINESE;
        return ROMANIZATION_SIMILARITY;
      }
      return 0;
    }

    private static boolean equal(String a, String b) {
      return a != null && a.equals(b);
    }
  }
}
