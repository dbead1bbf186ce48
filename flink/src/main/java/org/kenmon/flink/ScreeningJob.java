package org.kenmon.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.kenmon.screen.Outcome;

/**
 * The screening job: ledger files (JSON Lines) in, verdicts and rejects out as JSON lines under
 * {@code OUT/verdicts/} and {@code OUT/rejects/}.
 *
 * <p>Bounded (the default) it screens the files given and ends, checking read = screened +
 * rejected: re-screening years of history on a cluster. Watching ({@link #watch}) it screens
 * every file that appears in the folders given, for as long as it runs, and commits its output at
 * each checkpoint. Records are spread over all screening tasks whatever the number of files, so
 * one big ledger is judged in parallel too; the output is in no particular order (each verdict
 * carries its id and source line).
 */
public final class ScreeningJob {
  private ScreeningJob() {}

  /** What a bounded run did. */
  public record Counts(long read, long screened, long rejected, Map<Outcome, Long> byOutcome) {
    /** Nothing lost: every record read was screened or rejected. */
    public boolean reconciles() {
      return read == screened + rejected;
    }

    /** Records held, refused or needing a licence, as {@code kenmon screen} counts them. */
    public long needingAction() {
      return byOutcome.entrySet().stream().filter(e -> e.getKey().needsAction()).mapToLong(Map.Entry::getValue).sum();
    }
  }

  /** Screens {@code inputs} (files or folders) into {@code out}, and waits for the end. */
  public static Counts run(StreamExecutionEnvironment env, ScreenerRecipe recipe, List<Path> inputs, Path out)
      throws Exception {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    wire(env, recipe, FileSource.forBulkFileFormat(new NumberedLinesFormat(), paths(inputs)).build(), out);
    JobExecutionResult result = env.execute("kenmon screen " + inputs);
    Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      byOutcome.put(o, count(result, o.name()));
    }
    Counts counts = new Counts(count(result, ScreenFunction.READ), count(result, ScreenFunction.SCREENED),
        count(result, ScreenFunction.REJECTED), byOutcome);
    if (!counts.reconciles()) {
      throw new IllegalStateException("records lost: read " + counts.read() + " but screened " + counts.screened()
          + " + rejected " + counts.rejected());
    }
    return counts;
  }

  /**
   * Prepares a job that screens every file appearing in {@code folders}, looking every {@code
   * every}, and commits output at checkpoints taken as often. Run it with {@code env.execute} or
   * {@code env.executeAsync}; it never ends by itself.
   */
  public static void watch(StreamExecutionEnvironment env, ScreenerRecipe recipe, List<Path> folders, Path out,
      Duration every) {
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    env.enableCheckpointing(every.toMillis());
    wire(env, recipe, FileSource.forBulkFileFormat(new NumberedLinesFormat(), paths(folders))
        .monitorContinuously(every).build(), out);
  }

  private static void wire(StreamExecutionEnvironment env, ScreenerRecipe recipe, FileSource<NumberedLine> source,
      Path out) {
    requireEmpty(out);
    recipe.context(); // fail here, with the reason, rather than in every task after submission
    DataStream<NumberedLine> lines = env.fromSource(source, WatermarkStrategy.noWatermarks(), "ledger lines");
    // A file is one split read by one task: spread its records so all screening tasks work.
    SingleOutputStreamOperator<String> verdicts = lines.rebalance()
        .process(new ScreenFunction(recipe)).name("screen").uid("screen");
    verdicts.sinkTo(sink(out.resolve("verdicts"), "verdicts")).name("verdicts").uid("verdicts");
    verdicts.getSideOutput(ScreenFunction.REJECTS).sinkTo(sink(out.resolve("rejects"), "rejects"))
        .name("rejects").uid("rejects");
  }

  private static FileSink<String> sink(Path dir, String prefix) {
    return FileSink.forRowFormat(new org.apache.flink.core.fs.Path(dir.toUri()),
            new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        // Commit at every checkpoint: a watching job's verdicts appear as soon as they are safe,
        // not when a part file has grown large (a bounded job commits everything at its end).
        .withRollingPolicy(OnCheckpointRollingPolicy.build())
        .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix(prefix).withPartSuffix(".jsonl").build())
        .build();
  }

  private static org.apache.flink.core.fs.Path[] paths(List<Path> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input: name ledger files or folders");
    }
    return inputs.stream().map(p -> {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
      return new org.apache.flink.core.fs.Path(p.toAbsolutePath().toUri());
    }).toArray(org.apache.flink.core.fs.Path[]::new);
  }

  /** Output of an earlier run would mix with this one's and its counts would not add up. */
  private static void requireEmpty(Path out) {
    if (!Files.isDirectory(out)) {
      return;
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException("output folder " + out + " is not empty; choose a new one");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out, e);
    }
  }

  private static long count(JobExecutionResult result, String name) {
    Long n = result.getAccumulatorResult(name);
    return n == null ? 0 : n;
  }
}
