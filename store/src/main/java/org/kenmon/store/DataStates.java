package org.kenmon.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kenmon.store.audit.AuditAction;
import org.kenmon.store.audit.CanonicalJson;

/**
 * The data states seen ({@code data_states}): each recorded once, with an audit record, the first
 * time a screening uses it. A new state is what the log calls a data change.
 */
public final class DataStates {
  private DataStates() {}

  /**
   * Records {@code state} if it is new, in {@code tx}; returns whether it was. The audit record
   * carries the state's fields and the state it follows (the last one recorded).
   */
  public static boolean record(WriteTx tx, DataState state, String actor) throws SQLException {
    String key = state.key();
    String previous = null;
    try (PreparedStatement ps = tx.connection().prepareStatement(
        "SELECT state_key FROM data_states WHERE state_key = ? OR id = (SELECT MAX(id) FROM data_states) "
            + "ORDER BY id")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1).equals(key)) {
            return false;
          }
          previous = rs.getString(1);
        }
      }
    }
    long id = tx.nextId("data_states");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("state_key", key);
    row.put("engine", state.engine());
    row.put("regimes_hash", state.regimesHash());
    row.put("list_labels", CanonicalJson.write(state.listLabels()));
    row.put("agreement_id", state.agreementId());
    row.put("issuers", CanonicalJson.write(state.issuers()));
    row.put("rates_hash", state.ratesHash());
    row.put("first_seen_at", tx.now());
    Map<String, Object> payload = state.fields();
    payload.put("state_key", key);
    payload.put("previous_state_key", previous);
    payload.put("rows", Map.of(Tables.DATA_STATES.name(), Tables.DATA_STATES.rowEntry(row)));
    long seq = tx.audit(actor, AuditAction.DATA_STATE, "state:" + key.substring(0, 16), payload);
    try (PreparedStatement ps = tx.connection().prepareStatement(Tables.DATA_STATES.insertSql())) {
      Tables.DATA_STATES.bind(ps, row, seq);
      ps.executeUpdate();
    }
    return true;
  }

  /**
   * Records that a list version was imported (a data change), once per version label: importing
   * again, or running again after an interrupted import, records nothing new. Returns whether it
   * recorded.
   *
   * @param details what to keep about the version (list, date, hash, title)
   */
  public static boolean recordListImport(Store store, String label, Map<String, ?> details, String actor) {
    String subject = "list:" + label;
    return store.write(tx -> {
      try (PreparedStatement ps = tx.connection().prepareStatement(
          "SELECT 1 FROM audit_log WHERE action = ? AND subject = ?")) {
        ps.setString(1, AuditAction.LISTS_IMPORTED.code());
        ps.setString(2, subject);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return false;
          }
        }
      }
      tx.audit(actor, AuditAction.LISTS_IMPORTED, subject, details);
      return true;
    });
  }
}
