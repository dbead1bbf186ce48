package org.kenmon.bench.speed;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kenmon.bench.BenchData;
import org.kenmon.bench.Md;
import org.kenmon.match.Match;
import org.kenmon.match.MatchQuery;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one name query against UN + OFAC SDN 2021 (one thread), as a distribution (JMH
 * SampleTime, so p50 and p99 come out), for {@link NameMatcher} with the default thresholds and
 * for the {@link FullScanJaroWinkler} baseline on the same queries in the same run. The queries:
 * an exact hit, a romanization variant, the same name in Hangul, a company, a common name that is
 * not listed, and two names none of whose words is on any list (Watchman's worst case, where it
 * scores the whole list).
 *
 * <p>Run from the repository root after {@code mvn -B -DskipTests package}:
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.openjdk.jmh.Main MatchBenchmark \
 *     -rf json -rff bench/target/jmh-match.json
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.speed.JmhTable \
 *     bench/target/jmh-match.json
 * </pre>
 *
 * One fork, 3 × 2 s warm-up and 5 × 2 s measurement per query and matcher (about 4 minutes).
 * What each query finds, with both matchers: {@code java -cp ... org.kenmon.bench.speed.MatchBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MatchBenchmark {
  @Param({"KIM TONG MY'ONG", "Gim Dong-myeong", "김동명", "Korea Kwangson Banking", "John Smith", "Xao Ling",
      "Qwzx Plorb"})
  public String query;

  private NameMatcher matcher;
  private FullScanJaroWinkler baseline;
  private MatchQuery matchQuery;

  @Setup(Level.Trial)
  public void setUp() {
    ListIndex index = BenchData.index();
    matcher = new NameMatcher(index, MatchThresholds.DEFAULT);
    baseline = new FullScanJaroWinkler(index);
    matchQuery = MatchQuery.name(query);
  }

  @Benchmark
  public List<Match> kenmon() {
    return matcher.match(matchQuery);
  }

  @Benchmark
  public FullScanJaroWinkler.Hit fullScanJaroWinkler() {
    return baseline.best(query);
  }

  /** Prints what each benchmark query finds: Kenmon's best match and the baseline's best name. */
  public static void main(String[] args) throws NoSuchFieldException {
    ListIndex index = BenchData.index();
    NameMatcher matcher = new NameMatcher(index, MatchThresholds.DEFAULT);
    FullScanJaroWinkler baseline = new FullScanJaroWinkler(index);
    System.out.print(Md.header("query", "Kenmon results", "best", "score", "outcome", "full-scan JW best", "JW"));
    for (String q : MatchBenchmark.class.getField("query").getAnnotation(Param.class).value()) {
      List<Match> found = matcher.match(MatchQuery.name(q));
      Match m = found.isEmpty() ? null : found.get(0);
      FullScanJaroWinkler.Hit hit = baseline.best(q);
      System.out.print(Md.row(Md.cell(q), found.size(),
          m == null ? "" : Md.cell(m.entry().listId() + " " + m.entry().entryId() + " \"" + m.matchedName() + "\""),
          m == null ? "" : Md.f2(m.score()), m == null ? "" : m.outcome().code(),
          Md.cell(index.name(hit.nameId()).name().original()), Md.f2(hit.score())));
    }
  }
}
