package org.kenmon.store;

import static org.kenmon.store.audit.AuditedTable.column;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kenmon.store.audit.AuditAction;
import org.kenmon.store.audit.AuditProblem;
import org.kenmon.store.audit.AuditedTable;
import org.kenmon.store.audit.AuditedTable.Type;
import org.kenmon.store.audit.VerifyReport;

/**
 * The audited tables of the schema (db/migration/V1__store.sql): which columns are sealed by the
 * audit log when a row is written, and which follow later events. Writers insert through these
 * descriptors, and verification reads through them.
 */
public final class Tables {
  public static final AuditedTable DATA_STATES = new AuditedTable("data_states", List.of(
      column("id", Type.LONG), column("state_key", Type.TEXT), column("engine", Type.TEXT),
      column("regimes_hash", Type.TEXT), column("list_labels", Type.TEXT), column("agreement_id", Type.TEXT),
      column("issuers", Type.TEXT), column("rates_hash", Type.TEXT), column("first_seen_at", Type.TIMESTAMP)),
      List.of(), Set.of(AuditAction.DATA_STATE.code()));

  public static final AuditedTable VERDICTS = new AuditedTable("verdicts", List.of(
      column("id", Type.LONG), column("run_id", Type.LONG), column("transaction_id", Type.TEXT),
      column("input_hash", Type.TEXT), column("as_of", Type.DATE), column("state_key", Type.TEXT),
      column("outcome", Type.TEXT), column("verdict_json", Type.TEXT), column("created_at", Type.TIMESTAMP)),
      List.of(), Set.of(AuditAction.VERDICT_STORED.code()));

  public static final AuditedTable HOLDS = new AuditedTable("holds", List.of(
      column("id", Type.LONG), column("transaction_id", Type.TEXT), column("input_hash", Type.TEXT),
      column("transaction_type", Type.TEXT), column("transaction_date", Type.DATE), column("as_of", Type.DATE),
      column("source", Type.TEXT), column("transaction_json", Type.TEXT), column("held_at", Type.TIMESTAMP)),
      List.of(column("status", Type.TEXT), column("state_key", Type.TEXT), column("verdict_id", Type.LONG),
          column("outcome", Type.TEXT), column("updated_at", Type.TIMESTAMP)),
      Set.of(AuditAction.HOLD_HELD.code()));

  public static final AuditedTable HOLD_EVENTS = new AuditedTable("hold_events", List.of(
      column("id", Type.LONG), column("hold_id", Type.LONG), column("kind", Type.TEXT),
      column("recorded_at", Type.TIMESTAMP), column("actor", Type.TEXT), column("reason", Type.TEXT),
      column("run_id", Type.LONG), column("verdict_id", Type.LONG), column("state_key", Type.TEXT),
      column("outcome", Type.TEXT)),
      List.of(), Set.of(AuditAction.HOLD_HELD.code(), AuditAction.HOLD_RESCREENED.code(),
          AuditAction.HOLD_RELEASED.code(), AuditAction.HOLD_RELEASED_BY_HAND.code()));

  public static final AuditedTable API_KEYS = new AuditedTable("api_keys", List.of(
      column("id", Type.LONG), column("key_id", Type.TEXT), column("name", Type.TEXT), column("role", Type.TEXT),
      column("key_sha256", Type.TEXT), column("created_at", Type.TIMESTAMP), column("created_by", Type.TEXT)),
      List.of(column("revoked_at", Type.TIMESTAMP), column("revoked_by", Type.TEXT)),
      Set.of(AuditAction.KEY_CREATED.code()));

  /** Every audited table, in the order verification reads them. */
  public static final List<AuditedTable> AUDITED = List.of(DATA_STATES, VERDICTS, HOLDS, HOLD_EVENTS, API_KEYS);

  private Tables() {}

  /**
   * Checks each hold's current columns (status, state, verdict, outcome, time) against its latest
   * event: a hold whose status was changed by hand, without an event, is reported.
   */
  static void checkHoldState(Connection c, VerifyReport report) throws SQLException {
    String sql = "SELECT h.id, h.status, h.state_key, h.verdict_id, h.outcome, h.updated_at, e.id AS e_id, e.kind, "
        + "e.state_key AS e_state_key, e.verdict_id AS e_verdict_id, e.outcome AS e_outcome, e.recorded_at "
        + "FROM holds h LEFT JOIN hold_events e ON e.id = (SELECT MAX(x.id) FROM hold_events x WHERE x.hold_id = h.id) "
        + "ORDER BY h.id";
    long n = 0;
    try (Statement st = c.createStatement()) {
      st.setFetchSize(1000);
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          n++;
          long id = rs.getLong("id");
          long eventId = rs.getLong("e_id");
          if (rs.wasNull()) {
            report.add(new AuditProblem(AuditProblem.Kind.ROW_STATE, null, "holds", id, "hold " + id
                + " has no events: its history was deleted"));
            continue;
          }
          String kind = rs.getString("kind");
          String expectedStatus = kind.startsWith("RELEASED") ? "RELEASED" : "HELD";
          StringBuilder wrong = new StringBuilder();
          differs(wrong, "status", rs.getString("status"), expectedStatus);
          differs(wrong, "state_key", rs.getString("state_key"), rs.getString("e_state_key"));
          differs(wrong, "verdict_id", rs.getLong("verdict_id"), rs.getLong("e_verdict_id"));
          differs(wrong, "outcome", rs.getString("outcome"), rs.getString("e_outcome"));
          differs(wrong, "updated_at", AuditedTable.getInstant(rs, "updated_at"),
              AuditedTable.getInstant(rs, "recorded_at"));
          if (wrong.length() > 0) {
            report.add(new AuditProblem(AuditProblem.Kind.ROW_STATE, null, "holds", id, "hold " + id
                + " disagrees with its latest event " + eventId + " (" + kind + "): " + wrong
                + "; changed by hand"));
          }
        }
      }
    }
    report.addRowsChecked("hold states", n);
  }

  /**
   * Checks each key's revocation against the log: a key the log says was revoked must be revoked
   * in the table, so a revocation undone by hand (which would let a withdrawn key in again) is
   * reported. Keys revoked in the table without a record are reported too.
   */
  static void checkKeyState(Connection c, VerifyReport report) throws SQLException {
    String sql = "SELECT k.id, k.key_id, k.revoked_at, (SELECT MIN(a.seq) FROM audit_log a WHERE a.action = '"
        + AuditAction.KEY_REVOKED.code() + "' AND a.subject = CONCAT('key:', k.key_id)) AS revoked_seq "
        + "FROM api_keys k ORDER BY k.id";
    long n = 0;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        n++;
        long id = rs.getLong("id");
        boolean revokedInTable = AuditedTable.getInstant(rs, "revoked_at") != null;
        long seq = rs.getLong("revoked_seq");
        boolean revokedInLog = !rs.wasNull();
        if (revokedInLog && !revokedInTable) {
          report.add(new AuditProblem(AuditProblem.Kind.ROW_STATE, seq, "api_keys", id, "key "
              + rs.getString("key_id") + " was revoked by this record but is not revoked in the table: changed by hand"));
        } else if (revokedInTable && !revokedInLog) {
          report.add(new AuditProblem(AuditProblem.Kind.ROW_STATE, null, "api_keys", id, "key "
              + rs.getString("key_id") + " is revoked in the table but no record revoked it: changed by hand"));
        }
      }
    }
    report.addRowsChecked("key states", n);
  }

  private static void differs(StringBuilder out, String column, Object actual, Object expected) {
    if (!Objects.equals(actual, expected)) {
      out.append(out.length() == 0 ? "" : ", ").append(column).append(" is ").append(actual).append(", its events say ")
          .append(expected);
    }
  }
}
