package org.kenmon.bench.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kenmon.bench.BenchData;
import org.kenmon.bench.Md;
import org.kenmon.bench.RunInfo;
import org.kenmon.lists.ShippedLists;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.index.ListIndex;

/**
 * Runs the three quality benchmarks against one UN + OFAC SDN 2021 index, chooses the match and
 * review thresholds from their numbers ({@link #choose}), and prints one markdown section with
 * every number, stamped with date, JDK, processors and commit. The section is also written to
 * {@code bench/target/evaluation.md}, and the name-bench misses at each chosen threshold to {@code
 * bench/target/name-bench-errors-{review,match}.csv}.
 *
 * <p>Run from the repository root after {@code mvn -B -DskipTests package} (about a minute on two
 * cores):
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.accuracy.Evaluate
 * </pre>
 */
public final class Evaluate {
  /** The false-alert target: share of true negatives that raise any alert. */
  static final double MAX_FALSE_ALERTS = 0.01;
  /**
   * The precision an automatic match decision must reach on the name bench: at most one wrong
   * match in twenty, since a match blocks a transaction without a person looking first.
   */
  static final double MATCH_PRECISION = 0.95;

  private Evaluate() {}

  /**
   * The thresholds the numbers support. Review: the lowest grid threshold at which names alone
   * raise alerts on at most {@link #MAX_FALSE_ALERTS} of both negative sets, so that recall is as
   * high as the alert budget allows. Match: the lowest grid threshold at or above review at which
   * precision on the name bench reaches {@link #MATCH_PRECISION}, since a match is acted on
   * without a person looking.
   */
  static MatchThresholds choose(NameBench names, List<FalseAlerts> nameOnly) {
    double review = Grid.THRESHOLDS[Grid.THRESHOLDS.length - 1];
    for (double t : Grid.THRESHOLDS) {
      final double x = t;
      if (nameOnly.stream().allMatch(f -> f.rate(x, false) <= MAX_FALSE_ALERTS)) {
        review = t;
        break;
      }
    }
    double match = Grid.THRESHOLDS[Grid.THRESHOLDS.length - 1];
    for (double t : Grid.THRESHOLDS) {
      if (t >= review && names.at(t, false).precision() >= MATCH_PRECISION) {
        match = t;
        break;
      }
    }
    return new MatchThresholds(match, review);
  }

  /** One row per grid threshold: every benchmark's number at that threshold. */
  static String table(NameBench names, UnAliasRecall un, List<FalseAlerts> runs) {
    List<String> head = new ArrayList<>(List.of("threshold", "bench P", "bench R", "bench F1", "UN recall (review)",
        "UN recall (match)"));
    runs.forEach(r -> head.add(shortLabel(r) + " (review / match)"));
    StringBuilder s = new StringBuilder(Md.header(head.toArray(new String[0])));
    for (double t : Grid.THRESHOLDS) {
      Confusion c = names.at(t, false);
      List<Object> row = new ArrayList<>(List.of(Md.f2(t), Md.f3(c.precision()), Md.f3(c.recall()), Md.f3(c.f1()),
          Md.pct(un.strongRecall(t, false)), Md.pct(un.strongRecall(t, true))));
      runs.forEach(r -> row.add(Md.pct(r.rate(t, false)) + " / " + Md.pct(r.rate(t, true))));
      s.append(Md.row(row.toArray()));
    }
    return s.toString();
  }

  private static String shortLabel(FalseAlerts r) {
    return "FA " + (r.label().contains("_us") ? "US" : "global") + (r.label().contains("type") ? " +dob+nat+type"
        : r.label().contains("date") ? " +dob+nat" : " name");
  }

  public static void main(String[] args) {
    RunInfo info = RunInfo.current();
    long start = System.nanoTime();
    ListIndex index = BenchData.index();
    long built = System.nanoTime();
    NameBench names = NameBench.run(BenchData.listsData(NameBench.CASES), index);
    UnAliasRecall un = UnAliasRecall.run(ShippedLists.un().entries(), index);
    List<FalseAlerts> runs = new ArrayList<>();
    for (FalseAlerts.Evidence e : FalseAlerts.Evidence.values()) {
      for (String f : FalseAlerts.FILES) {
        runs.add(FalseAlerts.run(f, e, index));
      }
    }
    MatchThresholds t = choose(names, runs.subList(0, FalseAlerts.FILES.size()));
    String md = "## Name matching: accuracy (Evaluate)\n\n" + info.markdown() + " Index: "
        + Md.n(index.entryCount()) + " entries, " + Md.n(index.nameCount()) + " names (loaded and built in "
        + (built - start) / 1_000_000 + " ms); whole run " + (System.nanoTime() - start) / 1_000_000_000 + " s.\n\n"
        + "Chosen thresholds: review " + Md.f2(t.review()) + ", match " + Md.f2(t.match()) + " (current default: review "
        + Md.f2(MatchThresholds.DEFAULT.review()) + ", match " + Md.f2(MatchThresholds.DEFAULT.match()) + ").\n\n"
        + "### All benchmarks by threshold\n\n" + table(names, un, runs)
        + "\n### Name bench (nomenklatura cases.csv), at review " + Md.f2(t.review()) + "\n\n"
        + names.report(t.review()) + "\nAt match " + Md.f2(t.match()) + ": by case group\n\n"
        + names.breakdown("case group", NameBench.Case::group, t.match())
        + "\n### UN alias recall\n\n" + un.report(t) + "\n### False alerts\n\n" + alerts(runs, t);
    names.writeErrors(t.review(), BenchData.out("name-bench-errors-review.csv"));
    names.writeErrors(t.match(), BenchData.out("name-bench-errors-match.csv"));
    write(BenchData.out("evaluation.md"), md);
    System.out.println(md);
  }

  private static String alerts(List<FalseAlerts> runs, MatchThresholds t) {
    StringBuilder s = new StringBuilder();
    runs.forEach(r -> s.append(r.report(t, 20)).append('\n'));
    return s.toString();
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
