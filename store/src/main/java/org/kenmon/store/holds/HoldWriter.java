package org.kenmon.store.holds;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.output.VerdictJson;
import org.kenmon.stamp.Hashing;
import org.kenmon.store.Tables;
import org.kenmon.store.WriteTx;
import org.kenmon.store.audit.AuditAction;
import org.kenmon.store.audit.AuditedTable;
import org.kenmon.store.audit.CanonicalJson;
import org.kenmon.transaction.Transaction;

/**
 * Writes verdicts, holds and hold events inside one {@link WriteTx}, each row with the audit
 * record that vouches for it. Rows are queued per table and sent by {@link #execute} in the order
 * the foreign keys need (verdicts, holds, events). One per transaction.
 */
final class HoldWriter implements AutoCloseable {
  /** Longest transaction id the schema takes (holds.transaction_id, verdicts.transaction_id). */
  static final int MAX_ID_CHARS = 1000;

  private final WriteTx tx;
  private final String actor;
  private final PreparedStatement verdicts;
  private final PreparedStatement holds;
  private final PreparedStatement events;

  HoldWriter(WriteTx tx, String actor) throws SQLException {
    this.tx = tx;
    this.actor = actor;
    this.verdicts = tx.connection().prepareStatement(Tables.VERDICTS.insertSql());
    this.holds = tx.connection().prepareStatement(Tables.HOLDS.insertSql());
    this.events = tx.connection().prepareStatement(Tables.HOLD_EVENTS.insertSql());
  }

  /** The identity of a record: its transaction id and the hash of the record as read. */
  record RecordKey(String transactionId, String inputHash) {}

  /** A verdict's place in {@code verdicts_once}: the record, the date judged, the data state. */
  record VerdictKey(String transactionId, String inputHash, LocalDate asOf, String stateKey) {}

  static String inputHash(Transaction t) {
    return t.sha256() != null ? t.sha256() : Hashing.sha256(TransactionJson.write(t));
  }

  static void checkId(Transaction t) {
    if (t.id().length() > MAX_ID_CHARS) {
      throw new IllegalArgumentException("transaction id at " + t.source() + " is " + t.id().length()
          + " characters; the store keeps ids of at most " + MAX_ID_CHARS);
    }
  }

  /** The stored verdicts among those of these transaction ids: key to verdict id. */
  static Map<VerdictKey, Long> existingVerdicts(WriteTx tx, Collection<String> transactionIds) throws SQLException {
    Map<VerdictKey, Long> out = new HashMap<>();
    for (List<String> chunk : chunks(transactionIds)) {
      try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id, transaction_id, input_hash, as_of, "
          + "state_key FROM verdicts WHERE transaction_id IN (" + placeholders(chunk.size()) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(new VerdictKey(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getString(5)), rs.getLong(1));
          }
        }
      }
    }
    return out;
  }

  /** The records among these transaction ids that have a hold, held or released. */
  static Set<RecordKey> existingHolds(WriteTx tx, Collection<String> transactionIds) throws SQLException {
    Set<RecordKey> out = new LinkedHashSet<>();
    for (List<String> chunk : chunks(transactionIds)) {
      try (PreparedStatement ps = tx.connection().prepareStatement("SELECT transaction_id, input_hash FROM holds "
          + "WHERE transaction_id IN (" + placeholders(chunk.size()) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new RecordKey(rs.getString(1), rs.getString(2)));
          }
        }
      }
    }
    return out;
  }

  /** Queues a verdict and its audit record; returns the verdict's id. */
  long verdict(long runId, Verdict v, String stateKey) throws SQLException {
    Transaction t = v.transaction();
    long id = tx.nextId("verdicts");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("run_id", runId);
    row.put("transaction_id", t.id());
    row.put("input_hash", inputHash(t));
    row.put("as_of", v.asOf());
    row.put("state_key", stateKey);
    row.put("outcome", v.outcome().name());
    row.put("verdict_json", VerdictJson.line(VerdictJson.verdict(v)));
    row.put("created_at", tx.now());
    Map<String, Object> payload = CanonicalJson.map();
    payload.put("verdict", id);
    payload.put("run", runId);
    payload.put("transaction", t.id());
    payload.put("input_hash", row.get("input_hash"));
    payload.put("as_of", v.asOf().toString());
    payload.put("outcome", v.outcome().name());
    payload.put("state_key", stateKey);
    payload.put("rows", Map.of(Tables.VERDICTS.name(), Tables.VERDICTS.rowEntry(row)));
    long seq = tx.audit(actor, AuditAction.VERDICT_STORED, "verdict:" + id, payload);
    Tables.VERDICTS.bind(verdicts, row, seq);
    verdicts.addBatch();
    return id;
  }

  /**
   * Queues a new hold and its HELD event, both recorded by one audit record; returns the hold's id.
   *
   * @param asOf the fixed date it was screened with, or null for its own
   */
  long hold(long runId, Verdict v, long verdictId, String stateKey, LocalDate asOf) throws SQLException {
    Transaction t = v.transaction();
    long id = tx.nextId("holds");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("transaction_id", t.id());
    row.put("input_hash", inputHash(t));
    row.put("transaction_type", t.type().code());
    row.put("transaction_date", t.date());
    row.put("as_of", asOf);
    row.put("source", t.source());
    row.put("transaction_json", TransactionJson.write(t));
    row.put("held_at", tx.now());
    row.put("status", HoldStatus.HELD.name());
    row.put("state_key", stateKey);
    row.put("verdict_id", verdictId);
    row.put("outcome", v.outcome().name());
    row.put("updated_at", tx.now());
    Map<String, Object> event = eventRow(id, HoldEventKind.HELD, actor, null, runId, verdictId, stateKey,
        v.outcome().name());
    Map<String, Object> payload = CanonicalJson.map();
    payload.put("hold", id);
    payload.put("event", event.get("id"));
    payload.put("transaction", t.id());
    payload.put("input_hash", row.get("input_hash"));
    payload.put("verdict", verdictId);
    payload.put("outcome", v.outcome().name());
    payload.put("state_key", stateKey);
    payload.put("rows", Map.of(Tables.HOLDS.name(), Tables.HOLDS.rowEntry(row),
        Tables.HOLD_EVENTS.name(), Tables.HOLD_EVENTS.rowEntry(event)));
    long seq = tx.audit(actor, AuditAction.HOLD_HELD, "hold:" + id, payload);
    Tables.HOLDS.bind(holds, row, seq);
    holds.addBatch();
    Tables.HOLD_EVENTS.bind(events, event, seq);
    events.addBatch();
    return id;
  }

  /**
   * Queues an event on an existing hold and its audit record. The caller updates the hold's
   * current columns ({@link #moveHold}) in the same transaction.
   */
  long event(long holdId, String transactionId, HoldEventKind kind, String eventActor, String reason, Long runId,
      long verdictId, String stateKey, String outcome) throws SQLException {
    Map<String, Object> event = eventRow(holdId, kind, eventActor, reason, runId, verdictId, stateKey, outcome);
    Map<String, Object> payload = CanonicalJson.map();
    payload.put("hold", holdId);
    payload.put("event", event.get("id"));
    payload.put("kind", kind.name());
    payload.put("transaction", transactionId);
    payload.put("verdict", verdictId);
    payload.put("outcome", outcome);
    payload.put("state_key", stateKey);
    if (reason != null) {
      payload.put("reason", reason);
    }
    payload.put("rows", Map.of(Tables.HOLD_EVENTS.name(), Tables.HOLD_EVENTS.rowEntry(event)));
    long seq = tx.audit(eventActor, kind.action(), "hold:" + holdId, payload);
    Tables.HOLD_EVENTS.bind(events, event, seq);
    events.addBatch();
    return (Long) event.get("id");
  }

  private Map<String, Object> eventRow(long holdId, HoldEventKind kind, String eventActor, String reason, Long runId,
      long verdictId, String stateKey, String outcome) throws SQLException {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", tx.nextId("hold_events"));
    event.put("hold_id", holdId);
    event.put("kind", kind.name());
    event.put("recorded_at", tx.now());
    event.put("actor", eventActor);
    event.put("reason", reason);
    event.put("run_id", runId);
    event.put("verdict_id", verdictId);
    event.put("state_key", stateKey);
    event.put("outcome", outcome);
    return event;
  }

  /**
   * Sets a hold's current columns to those of its new event, if it is still HELD against {@code
   * fromState}; returns whether it was. Run after {@link #execute} so the verdict exists.
   */
  static boolean moveHold(WriteTx tx, long holdId, String fromState, HoldStatus status, String stateKey,
      long verdictId, String outcome) throws SQLException {
    try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE holds SET status = ?, state_key = ?, "
        + "verdict_id = ?, outcome = ?, updated_at = ? WHERE id = ? AND status = 'HELD' AND state_key = ?")) {
      ps.setString(1, status.name());
      ps.setString(2, stateKey);
      ps.setLong(3, verdictId);
      ps.setString(4, outcome);
      AuditedTable.setInstant(ps, 5, tx.now());
      ps.setLong(6, holdId);
      ps.setString(7, fromState);
      return ps.executeUpdate() == 1;
    }
  }

  /** Sends the queued verdicts, then holds, then events. */
  void execute() throws SQLException {
    verdicts.executeBatch();
    holds.executeBatch();
    events.executeBatch();
  }

  @Override
  public void close() throws SQLException {
    verdicts.close();
    holds.close();
    events.close();
  }

  private static List<List<String>> chunks(Collection<String> ids) {
    List<String> distinct = ids.stream().distinct().collect(Collectors.toList());
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i += 500) {
      out.add(distinct.subList(i, Math.min(distinct.size(), i + 500)));
    }
    return out;
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
