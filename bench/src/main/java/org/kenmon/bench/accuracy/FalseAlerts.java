package org.kenmon.bench.accuracy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kenmon.bench.BenchData;
import org.kenmon.bench.Md;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.Countries;
import org.kenmon.match.Match;
import org.kenmon.match.MatchQuery;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;

/**
 * False alerts on yente's synthetic negatives (2 × 50,000 made-up people, none of them listed)
 * against UN + OFAC SDN 2021: the share of queries with any entry at or above the review threshold
 * (an alert someone must clear) and at or above the match threshold (a match the matcher holds at review, such as a weak alias alone, never counts
 * there, as in the matcher). Run with the name alone, then with the file's date of birth and
 * nationality as evidence, then with the type (person) as well.
 *
 * <p>Run from the repository root after {@code mvn -B -DskipTests package}:
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.accuracy.FalseAlerts
 * </pre>
 */
public final class FalseAlerts {
  /** The two files, relative to {@code shared/data/lists/}. */
  public static final List<String> FILES = List.of("labelled_pairs/yente_synthetic_negatives_global.csv",
      "labelled_pairs/yente_synthetic_negatives_us.csv");

  /** What a query holds besides the name. */
  public enum Evidence {
    NAME("names alone"),
    DOB_COUNTRY("with date of birth and nationality"),
    DOB_COUNTRY_TYPE("with date of birth, nationality and type person");

    final String label;

    Evidence(String label) {
      this.label = label;
    }
  }

  /**
   * One query and what it raised: the best score of any entry ({@code review}), the best score of
   * an entry matched on a name that is not a weak alias ({@code match}), 0 when nothing came back,
   * and the best match.
   */
  public record Outcome(MatchQuery query, double review, double match, Match top) {}

  private final String label;
  private final List<Outcome> outcomes;

  private FalseAlerts(String label, List<Outcome> outcomes) {
    this.label = label;
    this.outcomes = List.copyOf(outcomes);
  }

  /** Reads the queries of a file with the evidence asked for. */
  public static List<MatchQuery> read(Path file, Evidence evidence) {
    List<MatchQuery> out = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
      for (NamedCsvRecord rec : r) {
        String name = rec.getField("full_name");
        if (name.isBlank()) {
          continue;
        }
        BirthDate dob = null;
        String country = null;
        if (evidence != Evidence.NAME) {
          String d = rec.findField("date_of_birth").orElse("");
          dob = d.isBlank() ? null : BirthDate.parse(d);
          country = Countries.byName(rec.findField("nationality").orElse("")).orElse(null);
        }
        EntityType type = evidence == Evidence.DOB_COUNTRY_TYPE ? EntityType.PERSON : EntityType.UNKNOWN;
        out.add(new MatchQuery(name, dob, country, type, List.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /** Reads one of {@link #FILES} and matches it. */
  public static FalseAlerts run(String file, Evidence evidence, ListIndex index) {
    Path path = BenchData.listsData(file);
    return run(path.getFileName() + ", " + evidence.label, read(path, evidence), index);
  }

  /** Matches every query (in parallel: the matcher is thread-safe). */
  public static FalseAlerts run(String label, List<MatchQuery> queries, ListIndex index) {
    NameMatcher matcher = new NameMatcher(index, new MatchThresholds(1.0, Grid.FLOOR));
    return new FalseAlerts(label, queries.parallelStream().map(q -> outcome(q, matcher.match(q))).toList());
  }

  private static Outcome outcome(MatchQuery q, List<Match> matches) {
    double review = 0;
    double match = 0;
    for (Match m : matches) {
      review = Math.max(review, m.score());
      if (!m.heldAtReview()) {
        match = Math.max(match, m.score());
      }
    }
    return new Outcome(q, review, match, matches.isEmpty() ? null : matches.get(0));
  }

  public String label() {
    return label;
  }

  public int size() {
    return outcomes.size();
  }

  /** Share of queries raising an alert at {@code t}: any entry (review) or a non-weak name (match). */
  public double rate(double t, boolean asMatch) {
    return (double) outcomes.stream().filter(o -> (asMatch ? o.match() : o.review()) >= t).count() / outcomes.size();
  }

  /** The {@code n} queries with the highest scores. */
  public List<Outcome> worst(int n) {
    return outcomes.stream().filter(o -> o.top() != null)
        .sorted(Comparator.comparingDouble(Outcome::review).reversed()).limit(n).toList();
  }

  /** Alert rates at the thresholds and the worst alerts with their explanations. */
  public String report(MatchThresholds t, int worst) {
    int review = (int) Math.round(rate(t.review(), false) * size());
    int match = (int) Math.round(rate(t.match(), true) * size());
    StringBuilder s = new StringBuilder(label + ": " + Md.n(size()) + " queries; alerts at review "
        + Md.f2(t.review()) + ": " + Md.n(review) + " (" + Md.pct(rate(t.review(), false)) + "); at match "
        + Md.f2(t.match()) + ": " + Md.n(match) + " (" + Md.pct(rate(t.match(), true)) + ").\n\n");
    s.append(Md.header("query", "score", "entry", "matched name", "why"));
    for (Outcome o : worst(worst)) {
      Match m = o.top();
      s.append(Md.row(Md.cell(o.query().name()), Md.f2(o.review()), m.entry().listId() + " " + m.entry().entryId(),
          Md.cell(m.matchedName()), Md.cell(m.explanation())));
    }
    return s.toString();
  }

  public static void main(String[] args) {
    ListIndex index = BenchData.index();
    System.out.println("## False alerts\n");
    for (Evidence evidence : Evidence.values()) {
      for (String f : FILES) {
        System.out.println(run(f, evidence, index).report(MatchThresholds.DEFAULT, 20));
      }
    }
  }
}
