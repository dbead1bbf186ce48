package org.kenmon.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.store.DataState;
import org.kenmon.store.Store;
import org.kenmon.store.holds.HoldStatus;
import org.kenmon.store.holds.HoldingSink;
import org.kenmon.store.holds.Holds;
import org.kenmon.store.holds.Rescreen;
import org.kenmon.store.testing.RecordingSink;
import org.kenmon.store.testing.Screenings;
import org.kenmon.store.testing.TestDatabase;

/**
 * Records edited, moved and deleted by hand, with plain SQL as someone with database access would,
 * and what {@code verify} says about each: the kind and the sequence numbers, on H2 and PostgreSQL.
 */
class AuditTamperTest {
  private static final ScreeningContext ALL = Screenings.context(Set.of());
  private static final ScreeningContext JP = Screenings.context(Set.of("JP"));

  @TempDir Path dir;
  private long records;

  /** A store with a screening, holds, a release by hand and a rescreen: every kind of record. */
  private Store filled(TestDatabase db) throws Exception {
    Store store = Store.open(db.fresh(dir));
    HoldingSink sink = HoldingSink.start(store, new RecordingSink(), DataState.of(ALL, null, null), null, "tester",
        "ledger", 100);
    for (Verdict v : Screenings.screen(ALL, Screenings.ledger())) {
      sink.verdict(v, null);
    }
    sink.finish(new Summary());
    Holds holds = new Holds(store);
    holds.releaseByHand(holds.list(HoldStatus.HELD).get(0).id(), "A. Person", "checked by hand");
    new Rescreen(store, JP, DataState.of(JP, null, null), "tester").run();
    VerifyReport clean = store.verify();
    assertThat(clean.ok()).as(clean.text()).isTrue();
    records = clean.records();
    assertThat(records).isGreaterThan(30);
    return store;
  }

  private static void sql(Store store, String... statements) throws SQLException {
    try (Statement st = store.connection().createStatement()) {
      for (String s : statements) {
        st.executeUpdate(s);
      }
    }
  }

  private static List<AuditProblem> problems(Store store) {
    VerifyReport r = store.verify();
    assertThat(r.ok()).isFalse();
    assertThat(r.text()).startsWith("audit log BROKEN");
    return r.problems();
  }

  @BeforeEach
  void reset() {
    records = 0;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void editedPayload_isEditedAtItsSeq(TestDatabase db) throws Exception {
    try (Store store = filled(db)) {
      sql(store, "UPDATE audit_log SET payload = REPLACE(payload, 'PROHIBITED', 'CLEAR') WHERE seq = "
          + "(SELECT MIN(seq) FROM audit_log WHERE action = 'verdict.stored' AND payload LIKE '%PROHIBITED%')");
      List<AuditProblem> p = problems(store);
      assertThat(p).singleElement().satisfies(x -> {
        assertThat(x.kind()).isEqualTo(AuditProblem.Kind.EDITED);
        assertThat(x.message()).contains("verdict.stored verdict:");
      });
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void editedActorOrTime_isEdited(TestDatabase db) throws Exception {
    try (Store store = filled(db)) {
      sql(store, "UPDATE audit_log SET actor = 'Someone Else' WHERE action = 'hold.released_by_hand'",
          "UPDATE audit_log SET recorded_at = recorded_at + INTERVAL '1' HOUR WHERE seq = 3");
      List<AuditProblem> p = problems(store);
      assertThat(p).extracting(AuditProblem::kind).containsOnly(AuditProblem.Kind.EDITED);
      assertThat(p).extracting(AuditProblem::seq).hasSize(2).contains(3L);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletedRecords_areDeletedWithTheirNumbers(TestDatabase db) throws Exception {
    try (Store store = filled(db)) {
      sql(store, "DELETE FROM audit_log WHERE seq IN (10, 11, 12)");
      List<AuditProblem> p = problems(store);
      assertThat(p.get(0).kind()).isEqualTo(AuditProblem.Kind.DELETED);
      assertThat(p.get(0).seq()).isEqualTo(10);
      assertThat(p.get(0).message()).startsWith("seq 10 to 12 (3 records) are missing: seq 9 is followed by seq 13");
      // The rows those records wrote now name records that are not in the log.
      assertThat(p.subList(1, p.size())).extracting(AuditProblem::kind)
          .containsOnly(AuditProblem.Kind.ROW_UNRECORDED);
      assertThat(p.subList(1, p.size())).allSatisfy(x -> assertThat(x.message()).contains("not in the log"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletedLastRecords_areCaughtByTheHead(TestDatabase db) throws Exception {
    try (Store store = filled(db)) {
      sql(store, "DELETE FROM audit_log WHERE seq > " + (records - 2));
      List<AuditProblem> p = problems(store);
      assertThat(p.get(0).kind()).isEqualTo(AuditProblem.Kind.DELETED);
      assertThat(p.get(0).seq()).isEqualTo(records - 1);
      assertThat(p.get(0).message()).contains("missing at the end: the head says the log ends at seq " + records);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void swappedRecords_areReordered(TestDatabase db) throws Exception {
    try (Store store = filled(db)) {
      sql(store, "UPDATE audit_log SET seq = -1 WHERE seq = 20", "UPDATE audit_log SET seq = 20 WHERE seq = 21",
          "UPDATE audit_log SET seq = 21 WHERE seq = -1");
      List<AuditProblem> p = problems(store).stream().filter(x -> x.table() == null).toList();
      assertThat(p).extracting(AuditProblem::kind).containsOnly(AuditProblem.Kind.REORDERED);
      assertThat(p).extracting(AuditProblem::seq).containsExactly(20L, 21L, 22L);
      assertThat(p.get(0).message()).contains("written as seq 21 and now at seq 20 (content intact)");
      assertThat(p.get(1).message()).contains("written as seq 20 and now at seq 21");
      assertThat(p.get(2).message()).contains("it follows the record now at seq 20, not seq 21");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void editedAndRehashed_isRewrittenAtTheNextRecord(TestDatabase db) throws Exception {
    try (Store store = filled(db)) {
      AuditRecord r = store.audit().records(15, 1).get(0);
      assertThat(r.payload()).contains("\"state_key\"");
      AuditRecord forged = AuditRecord.seal(r.seq(), r.recordedAt(), r.actor(), r.action(), r.subject(),
          r.payload().replace("\"state_key\"", "\"state_kez\""), r.prevHash());
      sql(store, "UPDATE audit_log SET payload = '" + forged.payload() + "', hash = '" + forged.hash()
          + "' WHERE seq = 15");
      List<AuditProblem> p = problems(store);
      assertThat(p).first().satisfies(x -> {
        assertThat(x.kind()).isEqualTo(AuditProblem.Kind.REWRITTEN);
        assertThat(x.seq()).isEqualTo(16);
        assertThat(x.message()).contains("seq 15 was edited and rehashed");
      });
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletedAndRenumbered_isCaught(TestDatabase db) throws Exception {
    try (Store store = filled(db)) {
      sql(store, "DELETE FROM audit_log WHERE seq = 30", "UPDATE audit_log SET seq = seq - 1 WHERE seq > 30",
          "UPDATE audit_head SET last_seq = last_seq - 1");
      List<AuditProblem> p = problems(store);
      assertThat(p.get(0).kind()).isEqualTo(AuditProblem.Kind.DELETED);
      assertThat(p.get(0).seq()).isEqualTo(30);
      assertThat(p.get(0).message()).contains("written as seq 31 and now at seq 30")
          .contains("the record written before it is not in the log");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void verdictEditedByHand_isRowEdited(TestDatabase db) throws Exception {
    try (Store store = filled(db)) {
      sql(store, "UPDATE verdicts SET outcome = 'CLEAR', verdict_json = REPLACE(verdict_json, 'PROHIBITED', 'CLEAR') "
          + "WHERE id = (SELECT MIN(id) FROM verdicts WHERE outcome = 'PROHIBITED')");
      assertThat(problems(store)).singleElement().satisfies(x -> {
        assertThat(x.kind()).isEqualTo(AuditProblem.Kind.ROW_EDITED);
        assertThat(x.table()).isEqualTo("verdicts");
        assertThat(x.seq()).isNotNull();
        assertThat(x.message()).contains("was edited after this record wrote it");
      });
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rowsDeletedOrInsertedOrStatusChanged_areReported(TestDatabase db) throws Exception {
    try (Store store = filled(db)) {
      sql(store,
          "DELETE FROM hold_events WHERE id = (SELECT MAX(id) FROM hold_events WHERE kind = 'RESCREENED')",
          "INSERT INTO verdicts (id, run_id, transaction_id, input_hash, as_of, state_key, outcome, verdict_json, "
              + "created_at, audit_seq) SELECT 9999, run_id, 'FAKE', input_hash, as_of, state_key, 'CLEAR', '{}', "
              + "created_at, 99999 FROM verdicts WHERE id = 1",
          "UPDATE holds SET status = 'RELEASED' WHERE id = (SELECT MIN(id) FROM holds WHERE status = 'HELD')");
      List<AuditProblem> p = problems(store);
      assertThat(p).extracting(AuditProblem::kind).containsExactlyInAnyOrder(AuditProblem.Kind.ROW_DELETED,
          AuditProblem.Kind.ROW_UNRECORDED, AuditProblem.Kind.ROW_STATE, AuditProblem.Kind.ROW_STATE);
      assertThat(p).filteredOn(x -> x.kind() == AuditProblem.Kind.ROW_DELETED).singleElement()
          .satisfies(x -> assertThat(x.message()).startsWith("hold_events ").endsWith("is not in the table: deleted"));
      assertThat(p).filteredOn(x -> x.kind() == AuditProblem.Kind.ROW_UNRECORDED).singleElement()
          .satisfies(x -> assertThat(x.toString()).startsWith("verdicts 9999: ROW_UNRECORDED: it names audit record "
              + "seq 99999"));
      assertThat(p).filteredOn(x -> x.kind() == AuditProblem.Kind.ROW_STATE)
          .anySatisfy(x -> assertThat(x.message()).contains("status is RELEASED, its events say HELD"));
    }
  }
}
