package org.kenmon.store.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenmon.store.holds.HoldingSinkTest.count;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kenmon.screen.Outcome;
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

/** Screening the holds again when the data changes, on H2 and PostgreSQL. */
class RescreenTest {
  private static final ScreeningContext ALL = Screenings.context(Set.of());
  private static final ScreeningContext JP = Screenings.context(Set.of("JP"));

  @TempDir Path dir;

  /** Holds of the ledger repeated {@code copies} times, screened against every regime. */
  private static List<Transaction> hold(Store store, int copies) throws Exception {
    List<Transaction> ledger = Screenings.ledger(copies, "r");
    HoldingSink sink = HoldingSink.start(store, new RecordingSink(), DataState.of(ALL, null, null), null, "tester",
        "ledger", 100);
    for (Verdict v : Screenings.screen(ALL, ledger)) {
      sink.verdict(v, null);
    }
    sink.finish(new Summary());
    return ledger;
  }

  private static Rescreen jpOnly(Store store) {
    return new Rescreen(store, JP, DataState.of(JP, null, null), "tester");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rescreen_releasesWhatIsNowLawful_andRecordsEachChangeWithItsVerdict(TestDatabase db) throws Exception {
    try (Store store = Store.open(db.fresh(dir))) {
      List<Transaction> ledger = hold(store, 1);
      Map<String, Outcome> underJp = Screenings.screen(JP, ledger).stream()
          .collect(Collectors.toMap(Verdict::id, Verdict::outcome));
      Holds holds = new Holds(store);
      List<Hold> before = holds.list(HoldStatus.HELD);

      Rescreen.Result r = jpOnly(store).run();

      assertThat(r.stateIsNew()).isTrue();
      assertThat(r.pending()).isEqualTo(before.size());
      assertThat(r.screened()).isEqualTo(before.size());
      List<String> expectReleased = before.stream().filter(h -> !underJp.get(h.transactionId()).needsAction())
          .map(Hold::transactionId).toList();
      assertThat(expectReleased).as("the ledger has holds only UN measures catch").isNotEmpty();
      assertThat(r.released()).extracting(Rescreen.Released::transactionId).containsExactlyElementsOf(expectReleased);
      assertThat(r.stillHeld()).isEqualTo(before.size() - expectReleased.size());
      for (Hold h : before) {
        List<HoldEvent> events = holds.events(h.id());
        assertThat(events).hasSize(2);
        HoldEvent last = events.get(1);
        boolean released = expectReleased.contains(h.transactionId());
        assertThat(last.kind()).isEqualTo(released ? HoldEventKind.RELEASED : HoldEventKind.RESCREENED);
        assertThat(last.outcome()).isEqualTo(underJp.get(h.transactionId()));
        assertThat(last.verdictJson()).contains("\"outcome\":\"" + underJp.get(h.transactionId()) + "\"");
        assertThat(last.verdictJson()).contains("\"input\":\"" + h.inputHash().substring(0, 16) + "\"");
        Hold now = holds.find(h.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(released ? HoldStatus.RELEASED : HoldStatus.HELD);
        assertThat(now.stateKey()).isEqualTo(DataState.of(JP, null, null).key());
      }

      Rescreen.Result again = jpOnly(store).run();
      assertThat(again.runId()).isZero();
      assertThat(again.summary()).contains("none to rescreen");
      assertThat(count(store, "hold_events")).isEqualTo(2L * before.size());
      assertThat(store.verify().ok()).as(store.verify().text()).isTrue();
    }
  }

  /** A rescreen that dies after two batches commit, run again: every hold screened once, no event twice. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rescreen_stoppedAndRunAgain_goesOnWhereItStopped(TestDatabase db) throws Exception {
    StoreLocation location = db.fresh(dir);
    long held;
    try (Store store = Store.open(location)) {
      hold(store, 4);
      held = count(store, "holds");
      int[] batches = {0};
      assertThatThrownBy(() -> jpOnly(store).run(5, released -> {
        if (++batches[0] == 2) {
          throw new IllegalStateException("killed");
        }
      })).hasMessage("killed");
      assertThat(count(store, "hold_events WHERE kind <> 'HELD'")).isEqualTo(10);
    }
    try (Store store = Store.open(location)) {
      Rescreen.Result r = jpOnly(store).run(5, released -> {});
      assertThat(r.pending()).isEqualTo(held - 10);
      assertThat(r.screened()).isEqualTo(held - 10);
      assertThat(count(store, "hold_events WHERE kind <> 'HELD'")).isEqualTo(held);
      assertThat(count(store, "(SELECT hold_id FROM hold_events WHERE kind <> 'HELD' GROUP BY hold_id "
          + "HAVING COUNT(*) > 1) d")).isZero();
      assertThat(count(store, "holds WHERE status = 'HELD' AND state_key <> '" + DataState.of(JP, null, null).key()
          + "'")).isZero();
      assertThat(count(store, "screening_runs WHERE kind = 'rescreen' AND finished_at IS NULL")).isEqualTo(1);
      assertThat(store.verify().ok()).as(store.verify().text()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void releaseByHand_recordsWhoAndWhy_andIsNotRescreened(TestDatabase db) throws Exception {
    try (Store store = Store.open(db.fresh(dir))) {
      hold(store, 1);
      Holds holds = new Holds(store);
      Hold h = holds.list(HoldStatus.HELD).get(0);
      HoldEvent e = holds.releaseByHand(h.id(), "A. Compliance", "licence JP-2014-0042 granted");
      assertThat(e.kind()).isEqualTo(HoldEventKind.RELEASED_BY_HAND);
      assertThat(e.actor()).isEqualTo("A. Compliance");
      assertThat(e.reason()).isEqualTo("licence JP-2014-0042 granted");
      assertThat(e.verdictId()).isEqualTo(h.verdictId());
      assertThat(holds.find(h.id()).orElseThrow().status()).isEqualTo(HoldStatus.RELEASED);
      assertThatThrownBy(() -> holds.releaseByHand(h.id(), "B", "again"))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("already released")
          .hasMessageContaining("RELEASED_BY_HAND by A. Compliance");
      assertThatThrownBy(() -> holds.releaseByHand(9999, "B", "x")).hasMessage("no hold 9999");
      assertThatThrownBy(() -> holds.releaseByHand(h.id(), " ", "x")).hasMessageContaining("--by");

      jpOnly(store).run();
      assertThat(holds.events(h.id())).hasSize(2);
      assertThat(store.audit().records(1, 10_000)).filteredOn(r -> r.action().equals("hold.released_by_hand"))
          .singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("A. Compliance");
            assertThat(r.payload()).contains("licence JP-2014-0042 granted");
          });
      assertThat(store.verify().ok()).as(store.verify().text()).isTrue();
    }
  }

}
