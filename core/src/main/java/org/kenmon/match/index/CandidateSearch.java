package org.kenmon.match.index;

import org.kenmon.match.normalize.NormalizedName;
import org.kenmon.match.normalize.TokenKind;
import org.kenmon.match.score.PreparedName;
import org.kenmon.match.similarity.EditDistance;

/**
 * Finds the list names worth scoring for a query, from the inverted indexes only: names sharing a
 * word, a joined word or a romanization key with the query, or a word spelled like a query word
 * that is on no list. Each hit adds the query word's weight to the name; names holding less than
 * {@link #MIN_SHARE} of the query's weight, or beyond the best {@link #MAX_CANDIDATES}, are not
 * scored. One instance per thread: it holds scratch arrays sized to the index.
 */
final class CandidateSearch {
  /** Share of the query's weight a name must hold to be scored. */
  static final double MIN_SHARE = 0.3;
  /** Most names scored per query. */
  static final int MAX_CANDIDATES = 64;
  /** Share of a word's trigrams another word must have to count as spelled alike. */
  private static final double TRIGRAM_SHARE = 0.45;

  private final ListIndex index;
  private final float[] held;
  private final int[] lastUnit;
  private final int[] touched;
  private int touchedCount;
  private final int[] gramCounts;
  private final int[] gramTouched;
  final int[] candidates = new int[MAX_CANDIDATES];
  int candidateCount;
  private int unit;
  private final EditDistance edits = new EditDistance();
  private float unitWeight;

  CandidateSearch(ListIndex index) {
    this.index = index;
    this.held = new float[index.names.length];
    this.lastUnit = new int[index.names.length];
    java.util.Arrays.fill(lastUnit, -1);
    this.touched = new int[index.names.length];
    this.gramCounts = new int[index.trigrams.vocabularySize()];
    this.gramTouched = new int[index.trigrams.vocabularySize()];
  }

  /** Fills {@link #candidates} with the ids of the names to score, best first. */
  void search(PreparedName query) {
    NormalizedName q = query.name();
    touchedCount = 0;
    unit = 0;
    double total = 0;
    for (int i = 0; i < q.size(); i++) {
      total += query.weight(i);
      if (query.weight(i) <= 0 || q.kinds()[i] == TokenKind.LEGAL_FORM) {
        continue;
      }
      unitWeight = query.weight(i);
      String word = q.tokens()[i];
      boolean known = hit(index.words.get(word));
      known |= hit(index.korean.get(q.korean()[i]));
      known |= hit(index.japanese.get(q.japanese()[i]));
      known |= hit(index.chinese.get(q.chinese()[i]));
      if (!known && q.kinds()[i] == TokenKind.WORD && word.length() >= 4) {
        hit(index.phonetic.get(q.phonetic()[i]));
        // Words on no list: those spelled within the scorer's typo budget are candidates too.
        for (int[] names : spelledAlike(word)) {
          hit(names);
        }
      }
      unit++;
      if (i + 1 < q.size() && query.pairText(i) != null) {
        unitWeight = query.weight(i) + query.weight(i + 1);
        hit(index.words.get(query.pairText(i)));
        hit(index.korean.get(query.pairKorean(i)));
        hit(index.japanese.get(query.pairJapanese(i)));
        hit(index.chinese.get(query.pairChinese(i)));
        unit++;
      }
    }
    select((float) (total * MIN_SHARE));
  }

  /**
   * The postings of the list words spelled like {@code word} within the typo budget, in trigram
   * order. A pure function of the word, remembered by the index for all threads (bounded), since
   * words repeat across the names queried; worked out with this thread's scratch arrays.
   */
  private int[][] spelledAlike(String word) {
    return index.wordsAlike.get(word, this::findSpelledAlike);
  }

  private int[][] findSpelledAlike(String word) {
    java.util.List<int[]> out = new java.util.ArrayList<>();
    index.trigrams.similar(word, TRIGRAM_SHARE, gramCounts, gramTouched, id -> {
      String similar = index.trigrams.word(id);
      int budget = EditDistance.budget(Math.min(word.length(), similar.length()));
      if (budget > 0 && edits.within(word, similar, budget) <= budget) {
        int[] names = index.words.get(similar);
        if (names != null) {
          out.add(names);
        }
      }
    });
    return out.toArray(new int[0][]);
  }

  private boolean hit(int[] names) {
    if (names == null) {
      return false;
    }
    for (int name : names) {
      if (lastUnit[name] == unit) {
        continue;
      }
      if (lastUnit[name] == -1) {
        touched[touchedCount++] = name;
      }
      lastUnit[name] = unit;
      held[name] += unitWeight;
    }
    return true;
  }

  /** Keeps the best names above the floor (a bounded insertion into a sorted array), then resets. */
  private void select(float floor) {
    candidateCount = 0;
    for (int k = 0; k < touchedCount; k++) {
      int name = touched[k];
      float h = held[name];
      if (h >= floor && (candidateCount < MAX_CANDIDATES || h > held[candidates[candidateCount - 1]])) {
        int pos = Math.min(candidateCount, MAX_CANDIDATES - 1);
        while (pos > 0 && held[candidates[pos - 1]] < h) {
          candidates[pos] = candidates[pos - 1];
          pos--;
        }
        candidates[pos] = name;
        if (candidateCount < MAX_CANDIDATES) {
          candidateCount++;
        }
      }
    }
    for (int k = 0; k < touchedCount; k++) {
      int name = touched[k];
      held[name] = 0;
      lastUnit[name] = -1;
    }
  }
}
