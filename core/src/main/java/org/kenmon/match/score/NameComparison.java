package org.kenmon.match.score;

import java.util.List;

/**
 * The result of comparing two names: a score in [0, 1] and its explanation, the aligned token
 * pairs and the tokens of either side that found no partner.
 */
public record NameComparison(double score, List<TokenMatch> matches, List<String> unmatchedQuery,
    List<String> unmatchedList) {

  public NameComparison {
    matches = List.copyOf(matches);
    unmatchedQuery = List.copyOf(unmatchedQuery);
    unmatchedList = List.copyOf(unmatchedList);
  }

  public static final NameComparison NONE = new NameComparison(0, List.of(), List.of(), List.of());

  /** "kim (exact), tong ~ dong (korean 0.95); not matched: chol". */
  public String explain() {
    StringBuilder s = new StringBuilder();
    for (TokenMatch m : matches) {
      s.append(s.length() == 0 ? "" : ", ").append(m);
    }
    if (!unmatchedQuery.isEmpty()) {
      s.append("; query words not on the list name: ").append(String.join(" ", unmatchedQuery));
    }
    if (!unmatchedList.isEmpty()) {
      s.append("; list words not in the query: ").append(String.join(" ", unmatchedList));
    }
    return s.toString();
  }
}
