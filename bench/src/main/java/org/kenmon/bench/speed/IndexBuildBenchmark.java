package org.kenmon.bench.speed;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kenmon.bench.BenchData;
import org.kenmon.entity.ListVersion;
import org.kenmon.match.index.ListIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build the {@link ListIndex} of UN + OFAC SDN 2021 from lists already read ({@code
 * build}), and to read the two lists ({@code readLists}: the shipped UN XML and the OFAC CSV set),
 * each as single shots after warm-up shots.
 *
 * <p>Run from the repository root after {@code mvn -B -DskipTests package}:
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.openjdk.jmh.Main IndexBuildBenchmark \
 *     -rf json -rff bench/target/jmh-build.json
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class IndexBuildBenchmark {
  private List<ListVersion> versions;

  @Setup(Level.Trial)
  public void setUp() {
    versions = BenchData.unAndOfac();
  }

  @Benchmark
  public ListIndex build() {
    return ListIndex.of(versions);
  }

  @Benchmark
  public List<ListVersion> readLists() {
    return BenchData.unAndOfac();
  }
}
