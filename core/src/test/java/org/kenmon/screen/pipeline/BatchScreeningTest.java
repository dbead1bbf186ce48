package org.kenmon.screen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Stamp;
import org.kenmon.screen.Verdict;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.Reject;

class BatchScreeningTest {

  @Test
  void run_manyRecordsOnManyThreads_keepsInputOrderAndReconciles() throws Exception {
    StringBuilder in = new StringBuilder();
    int n = 5_000;
    for (int i = 0; i < n; i++) {
      if (i % 97 == 0) {
        in.append("not json ").append(i).append('\n');
      } else {
        in.append("{\"id\": \"T").append(i).append("\", \"date\": \"2014-07-05\", \"type\": \"entry\", \"country\": \"JP\"}\n");
      }
      if (i % 500 == 0) {
        in.append("\n"); // blank lines are not records
      }
    }
    List<String> order = new ArrayList<>();
    Summary summary = new Summary();
    try (BatchScreening pipeline = new BatchScreening(4)) {
      pipeline.run("in.jsonl", new BufferedReader(new StringReader(in.toString())), 1, new JsonTransactionParser(),
          t -> new Verdict(t.id(), Outcome.CLEAR, t.date(), List.of(), new Stamp("test", "r", List.of(), "i"), t),
          new VerdictSink() {
            @Override
            public void verdict(Verdict v) {
              order.add(v.id());
            }

            @Override
            public void reject(Reject r) {
              order.add("reject@" + r.line());
            }
          }, summary, done -> { });
    }
    assertThat(summary.read()).isEqualTo(n);
    assertThat(summary.read()).isEqualTo(summary.screened() + summary.rejected());
    assertThat(summary.rejected()).isEqualTo((n + 96) / 97);
    assertThat(order).hasSize(n);
    List<String> expected = new ArrayList<>();
    long line = 0;
    for (int i = 0; i < n; i++) {
      line++;
      expected.add(i % 97 == 0 ? "reject@" + line : "T" + i);
      if (i % 500 == 0) {
        line++;
      }
    }
    assertThat(order).containsExactlyElementsOf(expected);
  }

  @Test
  void run_recordThatBreaksTheScreener_isRejectedWithTheError_andTheRestScreened() throws Exception {
    BufferedReader in = new BufferedReader(new StringReader(
        "{\"id\": \"T1\", \"date\": \"2014-07-05\", \"type\": \"entry\", \"country\": \"JP\"}\n"
            + "{\"id\": \"BOOM\", \"date\": \"2014-07-05\", \"type\": \"entry\", \"country\": \"JP\"}\n"
            + "{\"id\": \"T3\", \"date\": \"2014-07-05\", \"type\": \"entry\", \"country\": \"JP\"}\n"));
    List<String> verdicts = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    Summary summary = new Summary();
    try (BatchScreening pipeline = new BatchScreening(1)) {
      pipeline.run("in", in, 1, new JsonTransactionParser(), t -> {
        if (t.id().equals("BOOM")) {
          throw new IllegalStateException("boom");
        }
        return new Verdict(t.id(), Outcome.CLEAR, t.date(), List.of(), new Stamp("test", "r", List.of(), "i"), t);
      }, new VerdictSink() {
        @Override
        public void verdict(Verdict v) {
          verdicts.add(v.id());
        }

        @Override
        public void reject(Reject r) {
          rejects.add(r);
        }
      }, summary, d -> { });
    }
    assertThat(verdicts).containsExactly("T1", "T3");
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.id()).isEqualTo("BOOM");
      assertThat(r.problems().get(0).message()).contains("could not be screened", "IllegalStateException: boom",
          "please report");
    });
    assertThat(summary.read()).isEqualTo(3);
    assertThat(summary.rejected()).isEqualTo(1);
  }

  @Test
  void constructor_needsAThread() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BatchScreening(0))
        .hasMessageContaining("at least 1");
  }
}
