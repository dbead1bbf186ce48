package org.kenmon.goods;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over folded terms: one pass over a description finds every occurrence
 * of every term, whatever the number of terms. This is the hot path of classification, so the
 * automaton is flattened into primitive arrays (edges of a node sorted, found by binary search) and
 * a scan allocates only its small result arrays.
 *
 * <p>Immutable once built; safe to share between threads.
 */
final class TermAutomaton {
  private final int[] edgeStart;
  private final char[] edgeChars;
  private final int[] edgeTargets;
  private final int[] fail;
  private final int[] termAt;
  private final int[] outputLink;
  private final int[] termLength;

  private TermAutomaton(
      int[] edgeStart,
      char[] edgeChars,
      int[] edgeTargets,
      int[] fail,
      int[] termAt,
      int[] outputLink,
      int[] termLength) {
    this.edgeStart = edgeStart;
    this.edgeChars = edgeChars;
    this.edgeTargets = edgeTargets;
    this.fail = fail;
    this.termAt = termAt;
    this.outputLink = outputLink;
    this.termLength = termLength;
  }

  /**
   * Builds the automaton; term {@code i} is reported as id {@code i}.
   *
   * @throws IllegalArgumentException if a term is empty or appears twice
   */
  static TermAutomaton of(List<String> terms) {
    List<Map<Character, Integer>> children = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    children.add(new TreeMap<>());
    ends.add(-1);
    int[] termLength = new int[terms.size()];
    for (int id = 0; id < terms.size(); id++) {
      String term = terms.get(id);
      if (term.isEmpty()) {
        throw new IllegalArgumentException("empty term at index " + id);
      }
      termLength[id] = term.length();
      int node = 0;
      for (int i = 0; i < term.length(); i++) {
        Integer next = children.get(node).get(term.charAt(i));
        if (next == null) {
          next = children.size();
          children.add(new TreeMap<>());
          ends.add(-1);
          children.get(node).put(term.charAt(i), next);
        }
        node = next;
      }
      if (ends.get(node) >= 0) {
        throw new IllegalArgumentException("duplicate term \"" + term + "\"");
      }
      ends.set(node, id);
    }
    int nodes = children.size();
    int[] edgeStart = new int[nodes + 1];
    int edgeCount = 0;
    for (int i = 0; i < nodes; i++) {
      edgeStart[i] = edgeCount;
      edgeCount += children.get(i).size();
    }
    edgeStart[nodes] = edgeCount;
    char[] edgeChars = new char[edgeCount];
    int[] edgeTargets = new int[edgeCount];
    for (int i = 0; i < nodes; i++) {
      int e = edgeStart[i];
      for (Map.Entry<Character, Integer> child : children.get(i).entrySet()) {
        edgeChars[e] = child.getKey();
        edgeTargets[e++] = child.getValue();
      }
    }
    int[] termAt = ends.stream().mapToInt(Integer::intValue).toArray();
    int[] fail = new int[nodes];
    int[] outputLink = new int[nodes];
    Arrays.fill(outputLink, -1);
    TermAutomaton a =
        new TermAutomaton(edgeStart, edgeChars, edgeTargets, fail, termAt, outputLink, termLength);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
      queue.add(edgeTargets[e]);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
        int child = edgeTargets[e];
        int f = fail[node];
        int to;
        while ((to = a.edge(f, edgeChars[e])) < 0 && f != 0) {
          f = fail[f];
        }
        fail[child] = to >= 0 && to != child ? to : 0;
        outputLink[child] = termAt[fail[child]] >= 0 ? fail[child] : outputLink[fail[child]];
        queue.add(child);
      }
    }
    return a;
  }

  private int edge(int node, char c) {
    int lo = edgeStart[node];
    int hi = edgeStart[node + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChars[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTargets[mid];
      }
    }
    return -1;
  }

  /** Adds every occurrence of every term in {@code text[0, length)} to {@code out}. */
  void scan(char[] text, int length, Hits out) {
    int node = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      int next;
      while ((next = edge(node, c)) < 0 && node != 0) {
        node = fail[node];
      }
      node = next < 0 ? 0 : next;
      for (int o = termAt[node] >= 0 ? node : outputLink[node]; o >= 0; o = outputLink[o]) {
        int term = termAt[o];
        out.add(term, i + 1 - termLength[term], i + 1);
      }
    }
  }

  /** Occurrences found by a scan: term id, start (inclusive) and end (exclusive) in the text. */
  static final class Hits {
    int size;
    int[] term = new int[8];
    int[] start = new int[8];
    int[] end = new int[8];

    void add(int t, int s, int e) {
      if (size == term.length) {
        term = Arrays.copyOf(term, size * 2);
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
      }
      term[size] = t;
      start[size] = s;
      end[size] = e;
      size++;
    }

    /** Keeps only the hits for which {@code keep} holds, in place. */
    void retain(HitFilter keep) {
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (keep.test(term[i], start[i], end[i])) {
          term[n] = term[i];
          start[n] = start[i];
          end[n] = end[i];
          n++;
        }
      }
      size = n;
    }

    /**
     * Resolves overlaps: longer hits first (then earlier ones), a hit overlapping one already kept
     * is dropped; the survivors are left sorted by start. Sizes are tiny (a few hits), so a
     * selection sort is fine.
     */
    void longestNonOverlapping() {
      boolean[] kept = new boolean[size];
      boolean[] done = new boolean[size];
      for (int round = 0; round < size; round++) {
        int best = -1;
        for (int i = 0; i < size; i++) {
          if (!done[i] && (best < 0 || longer(i, best))) {
            best = i;
          }
        }
        done[best] = true;
        boolean free = true;
        for (int j = 0; j < size && free; j++) {
          free = !kept[j] || end[j] <= start[best] || start[j] >= end[best];
        }
        kept[best] = free;
      }
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (kept[i]) {
          term[n] = term[i];
          start[n] = start[i];
          end[n] = end[i];
          n++;
        }
      }
      size = n;
      for (int i = 1; i < size; i++) {
        for (int j = i; j > 0 && start[j - 1] > start[j]; j--) {
          swap(j, j - 1);
        }
      }
    }

    private boolean longer(int i, int j) {
      int li = end[i] - start[i];
      int lj = end[j] - start[j];
      return li > lj || li == lj && start[i] < start[j];
    }

    private void swap(int i, int j) {
      int t = term[i];
      term[i] = term[j];
      term[j] = t;
      t = start[i];
      start[i] = start[j];
      start[j] = t;
      t = end[i];
      end[i] = end[j];
      end[j] = t;
    }
  }

  @FunctionalInterface
  interface HitFilter {
    boolean test(int term, int start, int end);
  }
}
