package org.kenmon.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.kenmon.store.audit.AuditAction;
import org.kenmon.store.audit.AuditLog;

/**
 * One writing database transaction of the store ({@link Store#write}): the audit head is locked,
 * so this is the only writer until commit; ids are given out here, and audit records appended
 * here commit or roll back with the rows they describe.
 */
public final class WriteTx {
  private static final Set<String> TABLES = Set.of("data_states", "screening_runs", "verdicts", "holds", "hold_events",
      "api_keys");

  private final Connection connection;
  private final AuditLog.Appender audit;
  private final Instant now;
  private final Map<String, Long> lastIds = new HashMap<>();

  WriteTx(Connection connection, AuditLog.Appender audit, Instant now) {
    this.connection = connection;
    this.audit = audit;
    this.now = now;
  }

  public Connection connection() {
    return connection;
  }

  /** The time of this transaction, to the millisecond: every row and record it writes carries it. */
  public Instant now() {
    return now;
  }

  /**
   * The next id of a table: one more than the largest, read once per transaction. Safe because
   * every writer holds the audit head lock.
   */
  public long nextId(String table) throws SQLException {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("no ids are given out for table " + table);
    }
    Long last = lastIds.get(table);
    if (last == null) {
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
        rs.next();
        last = rs.getLong(1);
      }
    }
    lastIds.put(table, last + 1);
    return last + 1;
  }

  /** The sequence number the next audit record will get: rows name it before it is appended. */
  public long nextAuditSeq() {
    return audit.nextSeq();
  }

  /** Appends an audit record (written at commit, with the rows); returns its sequence number. */
  public long audit(String actor, AuditAction action, String subject, Map<String, ?> payload) throws SQLException {
    return audit.append(actor, action, subject, payload);
  }

  void flush() throws SQLException {
    audit.flush();
  }
}
