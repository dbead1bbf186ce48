package org.kenmon.match.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A trigram index over the distinct words of the list names, to find words spelled like a query
 * word that is on no list ("Scholze" finds "scholz") without scanning the vocabulary. Words are
 * lower-case ASCII letters and digits (as {@link org.kenmon.match.normalize.NameNormalizer} makes
 * them), so a trigram is a number below 37³ and postings sit in a flat array: a lookup allocates
 * nothing. Words are padded with spaces so that first and last letters count.
 */
final class Trigrams {
  private static final int BASE = 37;
  private static final int[] EMPTY = new int[0];

  private final String[] words;
  private final int[][] postings = new int[BASE * BASE * BASE][];

  Trigrams(Iterable<String> vocabulary) {
    List<String> list = new ArrayList<>();
    TermPostings.IntList[] grams = new TermPostings.IntList[postings.length];
    for (String w : vocabulary) {
      if (w.length() < 3) {
        continue;
      }
      int id = list.size();
      list.add(w);
      for (int i = -1; i + 1 <= w.length(); i++) {
        int g = gram(w, i);
        if (grams[g] == null) {
          grams[g] = new TermPostings.IntList();
        }
        TermPostings.IntList l = grams[g];
        if (l.size == 0 || l.values[l.size - 1] != id) {
          l.add(id);
        }
      }
    }
    words = list.toArray(new String[0]);
    for (int g = 0; g < grams.length; g++) {
      postings[g] = grams[g] == null ? EMPTY : grams[g].toArray();
    }
  }

  int vocabularySize() {
    return words.length;
  }

  String word(int id) {
    return words[id];
  }

  /** The trigram starting at {@code i} of " word " ({@code i} from -1). */
  private static int gram(String w, int i) {
    return code(w, i) * BASE * BASE + code(w, i + 1) * BASE + code(w, i + 2);
  }

  private static int code(String w, int i) {
    if (i < 0 || i >= w.length()) {
      return 0;
    }
    char c = w.charAt(i);
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 1;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 27;
    }
    return 0;
  }

  /**
   * Calls {@code found} with every vocabulary word sharing at least {@code minShare} of the query
   * word's trigrams. {@code counts} and {@code touched} are scratch arrays of {@link
   * #vocabularySize()} elements; {@code counts} must be all zero and is left so.
   */
  void similar(String word, double minShare, int[] counts, int[] touched, IntConsumer found) {
    int grams = word.length() + 1;
    int need = Math.max(2, (int) Math.ceil(grams * minShare));
    int touchedCount = 0;
    for (int i = -1; i + 1 <= word.length(); i++) {
      for (int id : postings[gram(word, i)]) {
        if (counts[id]++ == 0) {
          touched[touchedCount++] = id;
        }
      }
    }
    for (int k = 0; k < touchedCount; k++) {
      int id = touched[k];
      if (counts[id] >= need) {
        found.accept(id);
      }
      counts[id] = 0;
    }
  }
}
