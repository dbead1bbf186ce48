package org.kenmon.match.similarity;

/**
 * Edit distance (Damerau: insertions, deletions, substitutions and swaps of adjacent letters, each
 * one edit) bounded by a budget: computes only the band of the matrix within the budget, stops as
 * soon as the distance must exceed it, and allocates nothing for words up to 64 characters (it
 * keeps three rows in arrays the caller owns). A swap counts once because it is the commonest typo
 * (Asasd for Assad).
 */
public final class EditDistance {
  private final int[] beforePrevious = new int[66];
  private final int[] previous = new int[66];
  private final int[] current = new int[66];

  /**
   * The distance between {@code a} and {@code b} if it is at most {@code budget}, else {@code
   * budget + 1}.
   */
  public int within(CharSequence a, CharSequence b, int budget) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > budget) {
      return budget + 1;
    }
    if (la > 64 || lb > 64) {
      return budget + 1;
    }
    int[] older = beforePrevious;
    int[] prev = previous;
    int[] cur = current;
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    int outside = budget + 1;
    for (int i = 1; i <= la; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      char ca = a.charAt(i - 1);
      int from = Math.max(1, i - budget);
      int to = Math.min(lb, i + budget);
      if (from > 1) {
        cur[from - 1] = outside;
      }
      for (int j = from; j <= to; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(prev[j - 1] + cost, Math.min(prev[j] + 1, cur[j - 1] + 1));
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, older[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (to < lb) {
        cur[to + 1] = outside;
      }
      if (rowMin > budget) {
        return outside;
      }
      int[] t = older;
      older = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[lb], outside);
  }

  /**
   * How many edits two words may differ by and still be one name with a typo: none for words of up
   * to three letters, one up to nine, two up to fourteen, three beyond. Different short names differ
   * by one letter (Tim, Tom); long ones by more than a typo (Castro, Castillo).
   */
  public static int budget(int shorterLength) {
    return shorterLength <= 3 ? 0 : shorterLength <= 9 ? 1 : shorterLength <= 14 ? 2 : 3;
  }
}
