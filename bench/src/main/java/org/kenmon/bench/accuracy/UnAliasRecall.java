package org.kenmon.bench.accuracy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kenmon.bench.BenchData;
import org.kenmon.bench.Md;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.ShippedLists;
import org.kenmon.match.Match;
import org.kenmon.match.MatchQuery;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.match.normalize.NameNormalizer;
import org.kenmon.match.normalize.NormalizedName;

/**
 * Whether every name of every entry of the shipped UN list finds its own entry: each name alone
 * (primary, strong alias in Latin script, strong alias in the original script, weak alias) is
 * queried against the UN + OFAC SDN 2021 index, and the entry's score and rank are recorded.
 * Recall at a threshold counts a name as found when its entry scores at or above it; at the match
 * threshold a match the matcher holds at review never counts (a weak alias alone, a name of common words only).
 * Rank 1 means no other entry scored higher (the same person on the OFAC list often ties).
 *
 * <p>Run from the repository root after {@code mvn -B -DskipTests package}:
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.accuracy.UnAliasRecall
 * </pre>
 */
public final class UnAliasRecall {
  /** What kind of name of the entry was queried. */
  public enum Kind {
    PRIMARY, STRONG, ORIGINAL_SCRIPT, WEAK
  }

  /**
   * One query: the entry's score (-1 when not returned at all), the strength of the name that
   * matched, the rank, how many other entries tied with it, and the best other entry.
   */
  public record Probe(ListEntry entry, String name, Kind kind, double score, NameStrength matched, int rank,
      int ties, Match topOther, boolean heldAtReview) {

    boolean found(double t, boolean asMatch) {
      return score >= t && !(asMatch && heldAtReview);
    }
  }

  private final List<Probe> probes;

  private UnAliasRecall(List<Probe> probes) {
    this.probes = List.copyOf(probes);
  }

  /** Queries every name of every UN entry against the index (which must hold the UN list). */
  public static UnAliasRecall run(List<ListEntry> un, ListIndex index) {
    NameMatcher matcher = new NameMatcher(index, new MatchThresholds(1.0, Grid.FLOOR));
    List<Probe> probes = un.parallelStream().flatMap(e -> probes(e, matcher).stream()).toList();
    return new UnAliasRecall(probes);
  }

  private static List<Probe> probes(ListEntry entry, NameMatcher matcher) {
    List<Probe> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (EntityName n : entry.names()) {
      NormalizedName norm = NameNormalizer.normalize(n.value());
      if (norm.isEmpty() || !seen.add(n.value())) {
        continue;
      }
      Kind kind = switch (n.strength()) {
        case PRIMARY -> Kind.PRIMARY;
        case WEAK -> Kind.WEAK;
        case STRONG -> norm.script() == NormalizedName.Script.LATIN ? Kind.STRONG : Kind.ORIGINAL_SCRIPT;
      };
      out.add(probe(entry, n.value(), kind, matcher.match(MatchQuery.name(n.value()))));
    }
    return out;
  }

  private static Probe probe(ListEntry entry, String name, Kind kind, List<Match> matches) {
    Match own = null;
    Match other = null;
    for (Match m : matches) {
      boolean same = m.entry().listId().equals(entry.listId()) && m.entry().entryId().equals(entry.entryId());
      if (same && own == null) {
        own = m;
      } else if (!same && other == null) {
        other = m;
      }
    }
    if (own == null) {
      return new Probe(entry, name, kind, -1, null, -1, 0, other, false);
    }
    double s = own.score();
    int rank = 1 + (int) matches.stream().filter(m -> m.score() > s).count();
    int ties = (int) matches.stream().filter(m -> m.score() == s).count() - 1;
    return new Probe(entry, name, kind, s, own.strength(), rank, ties, other, own.heldAtReview());
  }

  public List<Probe> probes() {
    return probes;
  }

  /** Share of the names of a kind (all kinds when null) found at {@code t}. */
  public double recall(Kind kind, double t, boolean asMatch) {
    List<Probe> of = of(kind);
    return of.isEmpty() ? 1 : (double) of.stream().filter(p -> p.found(t, asMatch)).count() / of.size();
  }

  /** Primary names and strong aliases: the names that must find their entry on their own. */
  public double strongRecall(double t, boolean asMatch) {
    List<Probe> of = probes.stream().filter(p -> p.kind() != Kind.WEAK).toList();
    return (double) of.stream().filter(p -> p.found(t, asMatch)).count() / of.size();
  }

  private List<Probe> of(Kind kind) {
    return kind == null ? probes : probes.stream().filter(p -> p.kind() == kind).toList();
  }

  /** Recall by kind at the two thresholds, rank 1 shares, and the misses at review. */
  public String report(MatchThresholds t) {
    StringBuilder s = new StringBuilder(Md.header("name kind", "names", "recall >= review " + Md.f2(t.review()),
        "recall >= match " + Md.f2(t.match()), "rank 1", "rank 1, no tie"));
    for (Kind k : Kind.values()) {
      s.append(row(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), of(k), t));
    }
    s.append(row("primary + strong", probes.stream().filter(p -> p.kind() != Kind.WEAK).toList(), t));
    s.append(row("all", probes, t));
    s.append("\nMisses at review ").append(Md.f2(t.review())).append(" (score -1: not returned at all):\n\n");
    s.append(Md.header("entry", "kind", "name queried", "own score", "rank", "best other entry"));
    for (Probe p : probes) {
      if (!p.found(t.review(), false)) {
        s.append(Md.row(p.entry().entryId(), p.kind(), Md.cell(p.name()), Md.f2(p.score()), p.rank(), other(p)));
      }
    }
    return s.toString();
  }

  private static String row(String label, List<Probe> of, MatchThresholds t) {
    long rank1 = of.stream().filter(p -> p.rank() == 1).count();
    long alone = of.stream().filter(p -> p.rank() == 1 && p.ties() == 0).count();
    return Md.row(label, of.size(), share(of, t.review(), false), share(of, t.match(), true),
        Md.pct((double) rank1 / of.size()), Md.pct((double) alone / of.size()));
  }

  private static String share(List<Probe> of, double t, boolean asMatch) {
    long n = of.stream().filter(p -> p.found(t, asMatch)).count();
    return Md.pct((double) n / of.size()) + " (" + (of.size() - n) + " missed)";
  }

  static String other(Probe p) {
    Match m = p.topOther();
    return m == null ? "" : Md.cell(m.entry().listId() + " " + m.entry().entryId() + " \"" + m.matchedName()
        + "\" " + Md.f2(m.score()));
  }

  public static void main(String[] args) {
    ListIndex index = BenchData.index();
    UnAliasRecall r = run(ShippedLists.un().entries(), index);
    System.out.println("## UN alias recall\n");
    System.out.println(r.report(MatchThresholds.DEFAULT));
  }
}
