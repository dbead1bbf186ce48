package org.kenmon.goods;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kenmon.hs.HsCode;

/**
 * The low-confidence fallback: TF-IDF cosine between the English words of a description and the
 * descriptions of the 5,600-odd HS 2022 subheadings, built once. Words are folded and singularised
 * like lexicon terms; stop words, one-letter and numeric tokens, and words in more than {@value
 * #MAX_DF} subheadings (too common to tell anything) are not indexed. Term frequency is binary: HS
 * descriptions repeat words for grammar, not weight.
 *
 * <p>A query merges the sorted postings of its words (a few hundred entries) and allocates only
 * small arrays. Immutable once built.
 */
final class NomenclatureIndex {
  static final int MAX_DF = 300;

  /** Below this cosine a description is left unclassified. */
  static final double MIN_SCORE = 0.3;

  private static final Set<String> STOP =
      Set.of(
          "a",
          "an",
          "and",
          "or",
          "of",
          "the",
          "in",
          "on",
          "for",
          "with",
          "without",
          "by",
          "to",
          "not",
          "other",
          "than",
          "whether",
          "including",
          "excluding",
          "incl",
          "excl",
          "nec",
          "item",
          "no",
          "heading",
          "subheading",
          "chapter",
          "thereof",
          "such",
          "kind",
          "used",
          "their",
          "it",
          "its",
          "be",
          "being",
          "at",
          "as",
          "but",
          "from",
          "into",
          "which",
          "this",
          "these",
          "those",
          "like",
          "similar",
          "etc",
          "eg",
          "ie",
          "more",
          "less",
          "only",
          "also",
          "any",
          "all",
          "each",
          "per",
          "pc",
          "unit",
          "set",
          "carton",
          "box",
          "case",
          "new",
          "brand",
          "model",
          "type",
          "made",
          "product",
          "good");

  /** The subheadings whose description has a word, and the word's squared IDF weight. */
  private record Postings(double weight, int[] docs) {}

  private final HsCode[] codes;
  private final double[] norms;
  private final Map<String, Postings> postings;

  private NomenclatureIndex(HsCode[] codes, double[] norms, Map<String, Postings> postings) {
    this.codes = codes;
    this.norms = norms;
    this.postings = postings;
  }

  static NomenclatureIndex build(HsNomenclature hs) {
    Map<String, String> subheadings = new TreeMap<>(hs.subheadings());
    HsCode[] codes = new HsCode[subheadings.size()];
    List<Set<String>> docs = new ArrayList<>(subheadings.size());
    Map<String, Integer> df = new HashMap<>();
    int d = 0;
    for (Map.Entry<String, String> e : subheadings.entrySet()) {
      codes[d++] = new HsCode(e.getKey());
      Set<String> words = words(GoodsText.of(e.getValue()).latinTokens());
      docs.add(words);
      for (String w : words) {
        df.merge(w, 1, Integer::sum);
      }
    }
    Map<String, Double> idf = new HashMap<>();
    Map<String, List<Integer>> lists = new HashMap<>();
    double n = codes.length;
    for (int i = 0; i < docs.size(); i++) {
      for (String w : docs.get(i)) {
        int f = df.get(w);
        if (f <= MAX_DF) {
          idf.putIfAbsent(w, Math.log(n / f));
          lists.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
    }
    double[] norms = new double[codes.length];
    for (int i = 0; i < docs.size(); i++) {
      double sum = 0;
      for (String w : docs.get(i)) {
        Double v = idf.get(w);
        sum += v == null ? 0 : v * v;
      }
      norms[i] = Math.sqrt(sum);
    }
    Map<String, Postings> postings = new HashMap<>();
    lists.forEach(
        (w, l) ->
            postings.put(
                w,
                new Postings(
                    idf.get(w) * idf.get(w), l.stream().mapToInt(Integer::intValue).toArray())));
    return new NomenclatureIndex(codes, norms, Map.copyOf(postings));
  }

  private static Set<String> words(List<String> tokens) {
    Set<String> words = new LinkedHashSet<>();
    for (String t : tokens) {
      if (t.length() > 1 && !STOP.contains(t) && !Character.isDigit(t.charAt(0))) {
        words.add(t);
      }
    }
    return words;
  }

  /** The best subheading for a description and the words it shares with it. */
  record Hit(HsCode code, double score, List<String> shared) {}

  /**
   * The best-scoring subheading at or above {@link #MIN_SCORE}, or null; the words inside {@code
   * [skipFrom, skipTo)} (the brand, which says nothing about the goods) are left out.
   */
  Hit best(GoodsText text, int skipFrom, int skipTo) {
    Set<String> query = words(text.latinTokens(skipFrom, skipTo));
    if (query.size() > 64) {
      return null;
    }
    String[] q = new String[query.size()];
    Postings[] lists = new Postings[query.size()];
    int found = 0;
    double queryNorm = 0;
    double unknown = Math.log(codes.length) * Math.log(codes.length);
    for (String w : query) {
      Postings list = postings.get(w);
      // Words the nomenclature never uses (or uses everywhere) still count in the query's length:
      // a description that is mostly unknown words must not match strongly on its one known word.
      queryNorm += list == null ? unknown : list.weight();
      if (list != null) {
        q[found] = w;
        lists[found++] = list;
      }
    }
    if (found == 0) {
      return null;
    }
    queryNorm = Math.sqrt(queryNorm);
    // Postings are sorted by subheading: merge them, scoring each subheading once.
    int[] at = new int[found];
    int bestDoc = -1;
    double bestScore = 0;
    long bestWords = 0;
    while (true) {
      int doc = Integer.MAX_VALUE;
      for (int t = 0; t < found; t++) {
        if (at[t] < lists[t].docs().length && lists[t].docs()[at[t]] < doc) {
          doc = lists[t].docs()[at[t]];
        }
      }
      if (doc == Integer.MAX_VALUE) {
        break;
      }
      double dot = 0;
      long words = 0;
      for (int t = 0; t < found; t++) {
        if (at[t] < lists[t].docs().length && lists[t].docs()[at[t]] == doc) {
          dot += lists[t].weight();
          words |= 1L << t;
          at[t]++;
        }
      }
      double score = dot / (queryNorm * norms[doc]);
      if (score > bestScore) {
        bestScore = score;
        bestDoc = doc;
        bestWords = words;
      }
    }
    if (bestDoc < 0 || bestScore < MIN_SCORE) {
      return null;
    }
    List<String> shared = new ArrayList<>();
    for (int t = 0; t < found; t++) {
      if ((bestWords & 1L << t) != 0) {
        shared.add(q[t]);
      }
    }
    return new Hit(codes[bestDoc], bestScore, shared);
  }
}
