package org.kenmon.store.holds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.store.DataState;
import org.kenmon.store.Store;
import org.kenmon.store.StoreLocation;
import org.kenmon.store.testing.RecordingSink;
import org.kenmon.store.testing.Screenings;
import org.kenmon.store.testing.TestDatabase;
import org.kenmon.transaction.Transaction;

/** kenmon screen --hold's sink: verdicts and holds stored in batches, idempotently, on H2 and PostgreSQL. */
class HoldingSinkTest {
  private static final ScreeningContext ALL = Screenings.context(Set.of());

  @TempDir Path dir;

  private static HoldingSink sink(Store store, RecordingSink inner, int batch) {
    return HoldingSink.start(store, inner, DataState.of(ALL, null, null), null, "tester", "ledger.jsonl", batch);
  }

  private static void feed(HoldingSink sink, List<Verdict> verdicts, boolean finish) throws IOException {
    for (Verdict v : verdicts) {
      sink.verdict(v, sink.render(v));
    }
    if (finish) {
      sink.finish(new Summary());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void screen_storesEachVerdictAndHoldsThoseNeedingAction(TestDatabase db) throws Exception {
    List<Verdict> verdicts = Screenings.screen(ALL, Screenings.ledger());
    long needAction = verdicts.stream().filter(v -> v.outcome().needsAction()).count();
    assertThat(needAction).isBetween(1L, 11L);
    try (Store store = Store.open(db.fresh(dir))) {
      RecordingSink inner = new RecordingSink();
      HoldingSink sink = sink(store, inner, 5);
      feed(sink, verdicts, true);
      assertThat(inner.verdicts).containsExactlyElementsOf(verdicts);
      assertThat(inner.finished).isTrue();
      assertThat(sink.stored()).isEqualTo(12);
      assertThat(sink.held()).isEqualTo(needAction);
      assertThat(count(store, "verdicts")).isEqualTo(12);
      assertThat(count(store, "holds")).isEqualTo(needAction);
      assertThat(count(store, "hold_events WHERE kind = 'HELD'")).isEqualTo(needAction);
      assertThat(count(store, "screening_runs WHERE finished_at IS NOT NULL")).isEqualTo(1);

      List<Hold> holds = new Holds(store).list(HoldStatus.HELD);
      assertThat(holds).hasSize((int) needAction);
      for (Hold h : holds) {
        Verdict v = verdicts.stream().filter(x -> x.id().equals(h.transactionId())).findFirst().orElseThrow();
        assertThat(h.outcome()).isEqualTo(v.outcome());
        assertThat(h.inputHash()).isEqualTo(v.transaction().sha256()).hasSize(64);
        assertThat(h.source()).isEqualTo(v.transaction().source());
        Transaction back = TransactionJson.read(h.transactionJson(), h.source(), h.inputHash());
        assertThat(back).isEqualTo(v.transaction());
        assertThat(new Holds(store).events(h.id())).singleElement().satisfies(e -> {
          assertThat(e.kind()).isEqualTo(HoldEventKind.HELD);
          assertThat(e.verdictJson()).contains("\"id\":\"" + h.transactionId() + "\"", "\"stamp\"");
        });
      }
      assertThat(store.verify().ok()).as(store.verify().text()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void screen_again_storesNothingNew(TestDatabase db) throws Exception {
    List<Verdict> verdicts = Screenings.screen(ALL, Screenings.ledger());
    StoreLocation location = db.fresh(dir);
    try (Store store = Store.open(location)) {
      feed(sink(store, new RecordingSink(), 500), verdicts, true);
    }
    try (Store store = Store.open(location)) {
      long audit = count(store, "audit_log");
      HoldingSink again = sink(store, new RecordingSink(), 500);
      feed(again, verdicts, true);
      assertThat(again.stored()).isZero();
      assertThat(again.skipped()).isEqualTo(12);
      assertThat(again.held()).isZero();
      assertThat(count(store, "verdicts")).isEqualTo(12);
      assertThat(count(store, "audit_log")).isEqualTo(audit + 2); // run started, run finished
      assertThat(store.verify().ok()).isTrue();
    }
  }

  /** A run that stops after two batches (as a killed one does) and is run again: nothing lost, nothing twice. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void screen_stoppedAndRunAgain_completesWithoutDuplicates(TestDatabase db) throws Exception {
    List<Verdict> verdicts = Screenings.screen(ALL, Screenings.ledger(5, "x"));
    StoreLocation location = db.fresh(dir);
    try (Store store = Store.open(location)) {
      feed(sink(store, new RecordingSink(), 25), verdicts.subList(0, 59), false); // 2 batches written, 9 pending
    }
    try (Store store = Store.open(location)) {
      assertThat(count(store, "verdicts")).isEqualTo(50);
      assertThat(count(store, "screening_runs WHERE finished_at IS NULL")).isEqualTo(1);
      HoldingSink again = sink(store, new RecordingSink(), 25);
      feed(again, verdicts, true);
      assertThat(again.skipped()).isEqualTo(50);
      assertThat(again.stored()).isEqualTo(10);
      assertThat(count(store, "verdicts")).isEqualTo(60);
      assertThat(count(store, "(SELECT transaction_id FROM verdicts GROUP BY transaction_id HAVING COUNT(*) > 1) d"))
          .isZero();
      assertThat(count(store, "holds"))
          .isEqualTo(verdicts.stream().filter(v -> v.outcome().needsAction()).count());
      assertThat(store.verify().ok()).as(store.verify().text()).isTrue();
    }
  }

  static long count(Store store, String from) throws SQLException {
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + from)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
