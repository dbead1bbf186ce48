package org.kenmon.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: exit codes as kenmon screen's, output where --out says. */
class MainTest {
  @Test
  void exitsOneWhenARecordNeedsAction_andThreeOnAMissingInput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    int code = new CommandLine(new Main()).execute("../examples/2014/ledger.jsonl", "--out", out.toString(),
        "--parallelism", "1");
    assertThat(code).isEqualTo(1);
    try (var files = Files.list(out.resolve("verdicts"))) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("verdicts")).count()).isPositive();
    }
    assertThat(new CommandLine(new Main()).execute(dir.resolve("none.jsonl").toString(), "--out",
        dir.resolve("out2").toString())).isEqualTo(3);
  }
}
