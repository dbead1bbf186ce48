package org.kenmon.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.NameStrength;
import org.kenmon.match.index.ListIndex;
import org.kenmon.match.score.NameComparer;
import org.kenmon.match.score.NameComparison;
import org.kenmon.match.score.PreparedName;

/**
 * Matches parties against sanctions lists: the entry point of name matching.
 *
 * <ol>
 *   <li>An identifier (IMO, passport, national id, crypto address, BIC) found exactly on an entry
 *       decides at once: score 1, outcome match.
 *   <li>Otherwise the index proposes candidate names (shared words, joined words, romanization
 *       keys, similar spellings) and {@link NameComparer} scores each against the query.
 *   <li>Evidence adjusts the best name score of each entry: date of birth (same day +0.05,
 *       compatible +0.02, conflict -0.12), country (+0.03 / -0.05), type (a person is not an
 *       organisation: ×0.6). A weak alias alone never reaches the match threshold.
 *   <li>Entries at or above the review threshold are returned, best first, with explanations.
 * </ol>
 *
 * Immutable and thread-safe. The algorithm is named {@value #ALGORITHM} in verdict stamps.
 */
public final class NameMatcher {
  public static final String ALGORITHM = "kenmon-names-2";

  static final double DOB_SAME = 0.05;
  static final double DOB_COMPATIBLE = 0.02;
  static final double DOB_CONFLICT = -0.12;
  static final double COUNTRY_AGREES = 0.03;
  static final double COUNTRY_DIFFERS = -0.05;
  static final double TYPE_CONFLICT_FACTOR = 0.6;

  private final ListIndex index;
  private final MatchThresholds thresholds;

  public NameMatcher(ListIndex index, MatchThresholds thresholds) {
    this.index = index;
    this.thresholds = thresholds;
  }

  public ListIndex index() {
    return index;
  }

  public MatchThresholds thresholds() {
    return thresholds;
  }

  /** Entries at or above the review threshold, best first. */
  public List<Match> match(MatchQuery query) {
    Map<Integer, Match> byEntry = new LinkedHashMap<>();
    for (Identifier id : query.identifiers()) {
      if (!id.type().decisive()) {
        continue;
      }
      for (int e : index.entriesWith(id)) {
        byEntry.put(e, new Match(index.entry(e), index.entry(e).name(), NameStrength.PRIMARY, 1.0, 0,
            MatchOutcome.MATCH, null,
            List.of(id.type().code() + " " + id.value() + " is listed for this entry: decides the match"), false));
      }
    }
    if (query.name() != null && !query.name().isBlank()) {
      matchName(query, byEntry);
    }
    List<Match> out = new ArrayList<>(byEntry.values());
    out.sort(Comparator.comparingDouble(Match::score).reversed()
        .thenComparing(m -> m.entry().listId()).thenComparing(m -> m.entry().entryId()));
    return out;
  }

  private void matchName(MatchQuery query, Map<Integer, Match> byEntry) {
    PreparedName q = index.prepare(query.name());
    if (q.size() == 0) {
      return;
    }
    int[] candidates = new int[ListIndex.MAX_CANDIDATES];
    int count = index.search(q, candidates);
    // Best name score per entry first, then evidence once per entry. A weak alias only counts
    // where it beats every strong name even after it is held below the match threshold, so a
    // weak alias that scores higher cannot hide a strong name that matches.
    Map<Integer, Integer> bestName = new LinkedHashMap<>();
    Map<Integer, Double> bestScore = new LinkedHashMap<>();
    for (int k = 0; k < count; k++) {
      int nameId = candidates[k];
      double s = NameComparer.score(q, index.name(nameId));
      if (index.strength(nameId) == NameStrength.WEAK) {
        s = Math.min(s, Math.nextDown(thresholds.match()));
      }
      int entry = index.entryOf(nameId);
      Double previous = bestScore.get(entry);
      boolean weak = index.strength(nameId) == NameStrength.WEAK;
      boolean previousWeak = previous != null && index.strength(bestName.get(entry)) == NameStrength.WEAK;
      if (previous == null || s > previous || s == previous && previousWeak && !weak) {
        bestScore.put(entry, s);
        bestName.put(entry, nameId);
      }
    }
    for (Map.Entry<Integer, Integer> e : bestName.entrySet()) {
      int entryIndex = e.getKey();
      if (byEntry.containsKey(entryIndex)) {
        continue; // already decided by an identifier
      }
      int nameId = e.getValue();
      double nameScore = bestScore.get(entryIndex);
      ListEntry entry = index.entry(entryIndex);
      // Decide first, then write the evidence only for entries that are returned: most candidates
      // fall below review, and formatting their evidence was a good part of a query's cost.
      double score = withEvidence(nameScore, query, entry, null);
      NameStrength strength = index.strength(nameId);
      String held = heldAtReview(strength, index.commonWordsOnly(nameId), query, entry);
      boolean capped = held != null && score >= thresholds.match();
      if (capped) {
        score = Math.nextDown(thresholds.match());
      }
      MatchOutcome outcome = thresholds.outcome(score);
      if (outcome == null) {
        continue;
      }
      List<String> evidence = new ArrayList<>();
      withEvidence(nameScore, query, entry, evidence);
      if (capped) {
        evidence.add(held);
      }
      NameComparison comparison = NameComparer.compare(q, index.name(nameId));
      byEntry.put(entryIndex, new Match(entry, index.name(nameId).name().original(), strength, score, nameScore,
          outcome, comparison, evidence, held != null));
    }
  }

  /**
   * Why a name, however well it scores, may not decide a match without a person, or null: a weak
   * alias alone; a name of common words only ("Ali Mohammed") without a date of birth that agrees;
   * a date of birth that conflicts (a namesake is likelier than the listed person).
   */
  private static String heldAtReview(NameStrength strength, boolean commonWordsOnly, MatchQuery q, ListEntry entry) {
    BirthDate.Agreement dob = birthDateAgreement(q, entry);
    if (dob == BirthDate.Agreement.CONFLICT) {
      return "another date of birth: held at review for a person to decide";
    }
    if (strength == NameStrength.WEAK) {
      return "weak alias alone: held at review";
    }
    if (commonWordsOnly && dob == null) {
      return "every word of the name is common on the lists: without a date of birth that agrees, held at review";
    }
    return null;
  }

  /** How the query's date of birth agrees with the entry's best one; null when either has none. */
  private static BirthDate.Agreement birthDateAgreement(MatchQuery q, ListEntry entry) {
    if (q.birthDate() == null || entry.birthDates().isEmpty()) {
      return null;
    }
    BirthDate.Agreement best = BirthDate.Agreement.CONFLICT;
    for (BirthDate d : entry.birthDates()) {
      BirthDate.Agreement a = q.birthDate().compare(d);
      if (a.ordinal() < best.ordinal()) {
        best = a;
      }
    }
    return best;
  }

  /**
   * The score after type, date of birth and country are weighed in.
   *
   * @param evidence where a line per adjustment goes; null when only deciding (no text is made)
   */
  private static double withEvidence(double score, MatchQuery q, ListEntry entry, List<String> evidence) {
    double s = score;
    if (q.type() != EntityType.UNKNOWN && entry.type() != EntityType.UNKNOWN && q.type() != entry.type()
        && (q.type() == EntityType.PERSON || entry.type() == EntityType.PERSON)) {
      s *= TYPE_CONFLICT_FACTOR;
      if (evidence != null) {
        evidence.add(String.format(java.util.Locale.ROOT, "type %s is not %s (x%.1f)", q.type().code(),
            entry.type().code(), TYPE_CONFLICT_FACTOR));
      }
    }
    BirthDate.Agreement best = birthDateAgreement(q, entry);
    if (best != null) {
      double delta = best == BirthDate.Agreement.SAME ? DOB_SAME
          : best == BirthDate.Agreement.COMPATIBLE ? DOB_COMPATIBLE : DOB_CONFLICT;
      s += delta;
      if (evidence != null) {
        evidence.add(String.format(java.util.Locale.ROOT, "date of birth %s %s listed %s (%+.2f)", q.birthDate(),
            best == BirthDate.Agreement.SAME ? "is the" : best == BirthDate.Agreement.COMPATIBLE ? "fits the" : "conflicts with the",
            entry.birthDates(), delta));
      }
    }
    if (q.country() != null) {
      boolean known = !entry.nationalities().isEmpty() || !entry.countries().isEmpty();
      if (known) {
        boolean agrees = entry.nationalities().contains(q.country()) || entry.countries().contains(q.country());
        double delta = agrees ? COUNTRY_AGREES : COUNTRY_DIFFERS;
        s += delta;
        if (evidence != null) {
          evidence.add(String.format(java.util.Locale.ROOT, "country %s %s (%+.2f)", q.country(),
              agrees ? "is listed" : "is not among " + countries(entry), delta));
        }
      }
    }
    return Math.max(0, Math.min(1, s));
  }

  private static String countries(ListEntry e) {
    java.util.Set<String> all = new java.util.LinkedHashSet<>(e.nationalities());
    all.addAll(e.countries());
    return String.join(", ", all);
  }
}
