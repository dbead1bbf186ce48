package org.kenmon.match.index;

import java.util.HashMap;
import java.util.Map;

/**
 * An inverted index from terms to the ids of the names holding them, built once and then
 * read-only: postings are sorted int arrays, so a lookup is one hash probe.
 */
final class TermPostings {
  private final Map<String, int[]> postings;

  private TermPostings(Map<String, int[]> postings) {
    this.postings = postings;
  }

  int[] get(String term) {
    return term == null ? null : postings.get(term);
  }

  int size() {
    return postings.size();
  }

  Iterable<String> terms() {
    return postings.keySet();
  }

  /** Collects postings; ids must be added in increasing order. */
  static final class Builder {
    private final Map<String, IntList> lists = new HashMap<>();

    void add(String term, int id) {
      if (term == null) {
        return;
      }
      IntList list = lists.computeIfAbsent(term, t -> new IntList());
      if (list.size == 0 || list.values[list.size - 1] != id) {
        list.add(id);
      }
    }

    TermPostings build() {
      Map<String, int[]> out = new HashMap<>(lists.size() * 2);
      lists.forEach((term, list) -> out.put(term, list.toArray()));
      return new TermPostings(out);
    }
  }

  /** A growable int array. */
  static final class IntList {
    int[] values = new int[4];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
