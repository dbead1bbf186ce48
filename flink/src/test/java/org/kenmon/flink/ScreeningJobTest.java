package org.kenmon.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Screener;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.output.VerdictJson;
import org.kenmon.screen.pipeline.BatchScreening;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.Reject;

/** The job on an embedded Flink (MiniCluster, two tasks) against core screening the same lines. */
class ScreeningJobTest {
  private static final Path EXAMPLES = Path.of("../examples/2014");
  private static Screener screener;

  @BeforeAll
  static void screener() {
    screener = new Screener(ScreenerRecipe.shipped().context());
  }

  @Test
  void bounded_givesEachRecordTheVerdictCoreGives_andLosesNothing(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Path ledger = Files.copy(EXAMPLES.resolve("ledger.jsonl"), in.resolve("ledger.jsonl"));
    Path bad = in.resolve("bad.jsonl");
    // Blank lines are no records, as in kenmon screen; the lines after them keep their numbers.
    Files.writeString(bad, Files.readString(EXAMPLES.resolve("bad-records.jsonl")) + "\n\n"
        + "{\"id\":\"late\",\"date\":\"2016-03-01\",\"type\":\"cash\",\"origin\":\"JP\",\"destination\":\"KP\","
        + "\"amount\":500000,\"currency\":\"JPY\"}\n", StandardCharsets.UTF_8);
    Expected expected = expected(ledger, bad);
    assertThat(expected.rejects).hasSizeGreaterThanOrEqualTo(5);

    ScreeningJob.Counts counts = ScreeningJob.run(StreamExecutionEnvironment.createLocalEnvironment(2),
        ScreenerRecipe.shipped(), List.of(in), dir.resolve("out"));

    assertThat(counts.read()).isEqualTo(expected.verdicts.size() + expected.rejects.size());
    assertThat(counts.screened()).isEqualTo(expected.verdicts.size());
    assertThat(counts.rejected()).isEqualTo(expected.rejects.size());
    assertThat(counts.reconciles()).isTrue();
    assertThat(counts.byOutcome().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(counts.screened());
    assertThat(counts.byOutcome().get(Outcome.PROHIBITED)).isPositive();
    assertThat(lines(dir.resolve("out/verdicts"))).containsExactlyInAnyOrderElementsOf(expected.verdicts);
    assertThat(lines(dir.resolve("out/rejects"))).containsExactlyInAnyOrderElementsOf(expected.rejects);
    // After two blank lines the record keeps its own line number.
    assertThat(String.join("\n", lines(dir.resolve("out/verdicts"))))
        .contains("\"id\":\"late\",\"outcome\":\"REVIEW\"", "\"source\":\"" + bad.toAbsolutePath() + ":9\"");
  }

  @Test
  void refusesAnOutputFolderInUse_andMissingInput(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out/verdicts"));
    assertThatThrownBy(() -> ScreeningJob.run(StreamExecutionEnvironment.createLocalEnvironment(1),
        ScreenerRecipe.shipped(), List.of(EXAMPLES.resolve("ledger.jsonl")), out.getParent()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not empty");
    assertThatThrownBy(() -> ScreeningJob.run(StreamExecutionEnvironment.createLocalEnvironment(1),
        ScreenerRecipe.shipped(), List.of(dir.resolve("nothing.jsonl")), dir.resolve("new")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such file");
  }

  @Test
  void recipe_namesAnUnknownIssuer() {
    ScreenerRecipe r = new ScreenerRecipe(List.of(), java.util.Set.of("eu"), null, null, false, null);
    assertThatThrownBy(r::context).hasMessageContaining("unknown issuer EU");
  }

  @Test
  void watching_screensFilesAsTheyArrive(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
    ScreeningJob.watch(env, ScreenerRecipe.shipped(), List.of(in), dir.resolve("out"), Duration.ofMillis(500));
    JobClient job = env.executeAsync("watch test");
    try {
      // Written aside and moved in whole: a file watched must not be read half written.
      Path staged = Files.copy(EXAMPLES.resolve("ledger.jsonl"), dir.resolve("staged.jsonl"));
      Path arrived = Files.move(staged, in.resolve("ledger.jsonl"), StandardCopyOption.ATOMIC_MOVE);
      Expected expected = expected(arrived);
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      List<String> got = List.of();
      while (System.nanoTime() < deadline && got.size() < expected.verdicts.size()) {
        Thread.sleep(200);
        got = lines(dir.resolve("out/verdicts"));
      }
      assertThat(got).containsExactlyInAnyOrderElementsOf(expected.verdicts);
    } finally {
      job.cancel().get();
    }
  }

  private record Expected(List<String> verdicts, List<String> rejects) {}

  /** What core gives each non-blank line of the files, as JSON lines. */
  private static Expected expected(Path... files) throws IOException {
    List<String> verdicts = new ArrayList<>();
    List<String> rejects = new ArrayList<>();
    JsonTransactionParser parser = new JsonTransactionParser();
    for (Path f : files) {
      String name = f.toAbsolutePath().toString();
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        Object r = BatchScreening.screenRecord(name, i + 1, lines.get(i), parser, screener::screen);
        if (r instanceof Verdict v) {
          verdicts.add(VerdictJson.line(VerdictJson.verdict(v)));
        } else {
          rejects.add(VerdictJson.line(VerdictJson.reject((Reject) r)));
        }
      }
    }
    return new Expected(verdicts, rejects);
  }

  /** The lines of the committed part files (in-progress files are hidden, starting with a dot). */
  private static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
        out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
