package org.kenmon.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The append-only, hash-chained audit log ({@code audit_log}, {@code audit_head}): every
 * screening run, verdict, hold, release and data change, in order. Record {@code n} carries the
 * hash of record {@code n - 1}, so editing, moving or deleting any record breaks the chain from
 * there on; {@link #verify} walks it and says which records, and checks the audited tables' rows
 * against the records that wrote them.
 *
 * <p>Writers append through an {@link Appender}, which locks the head row first: one writer at a
 * time, and the sequence has no gaps. Not thread-safe; one per connection.
 */
public final class AuditLog {
  private static final String SELECT_RECORD =
      "SELECT seq, recorded_at, actor, action, subject, payload, prev_hash, hash FROM audit_log";

  /** How far from its place a moved record is recognised as moved rather than edited. */
  static final int MOVE_WINDOW = 64;

  private final Connection connection;

  public AuditLog(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /** The last sequence number and hash, as the head row has them. */
  public record Head(long seq, String hash) {}

  public Head head() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) {
      if (!rs.next()) {
        throw new SQLException("audit_head has no row: the store's schema is damaged");
      }
      return new Head(rs.getLong(1), rs.getString(2));
    }
  }

  /**
   * Locks the head for the current transaction (the connection must not be in auto-commit) and
   * returns an appender that writes after it. Every writing transaction of the store calls this
   * first, so writers queue here and ids handed out under the lock do not collide.
   */
  public Appender lock(Instant now) throws SQLException {
    if (connection.getAutoCommit()) {
      throw new IllegalStateException("the audit head is locked inside a transaction; auto-commit is on");
    }
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")) {
      if (!rs.next()) {
        throw new SQLException("audit_head has no row: the store's schema is damaged");
      }
      return new Appender(connection, now, rs.getLong(1), rs.getString(2));
    }
  }

  /** Appends records in one transaction; {@link #flush} writes them and moves the head. */
  public static final class Appender {
    private final PreparedStatement insert;
    private final Instant now;
    private final Connection connection;
    private long seq;
    private String hash;
    private int pending;

    private Appender(Connection connection, Instant now, long seq, String hash) throws SQLException {
      this.connection = connection;
      this.now = now;
      this.seq = seq;
      this.hash = hash;
      this.insert = connection.prepareStatement("INSERT INTO audit_log (seq, recorded_at, actor, action, subject, "
          + "payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The sequence number the next record will get. */
    public long nextSeq() {
      return seq + 1;
    }

    /**
     * Seals a record after the last one and queues it; returns its sequence number.
     *
     * @param payload a map written as canonical JSON
     */
    public long append(String actor, AuditAction action, String subject, Map<String, ?> payload) throws SQLException {
      AuditRecord r = AuditRecord.seal(seq + 1, now, actor, action.code(), subject, CanonicalJson.write(payload), hash);
      insert.setLong(1, r.seq());
      AuditedTable.setInstant(insert, 2, r.recordedAt());
      insert.setString(3, r.actor());
      insert.setString(4, r.action());
      insert.setString(5, r.subject());
      insert.setString(6, r.payload());
      insert.setString(7, r.prevHash());
      insert.setString(8, r.hash());
      insert.addBatch();
      pending++;
      seq = r.seq();
      hash = r.hash();
      return seq;
    }

    /** Writes the queued records and moves the head to the last; call before commit. */
    public void flush() throws SQLException {
      if (pending > 0) {
        insert.executeBatch();
        pending = 0;
        try (PreparedStatement head = connection.prepareStatement(
            "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
          head.setLong(1, seq);
          head.setString(2, hash);
          head.executeUpdate();
        }
      }
      insert.close();
    }
  }

  /** Records from a sequence number on, in order, at most {@code limit}. */
  public List<AuditRecord> records(long fromSeq, int limit) throws SQLException {
    List<AuditRecord> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(SELECT_RECORD + " WHERE seq >= ? ORDER BY seq LIMIT ?")) {
      ps.setLong(1, fromSeq);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(record(rs));
        }
      }
    }
    return out;
  }

  /**
   * Recomputes the chain from the first record and checks the rows of {@code tables} against the
   * records that wrote them. Reports, each with sequence numbers:
   *
   * <ul>
   *   <li>{@code EDITED}: a record whose fields no longer hash to its stored hash;
   *   <li>{@code DELETED}: a gap in the sequence, or records missing at the end (the head says more);
   *   <li>{@code REORDERED}: a record whose previous hash is that of another record than the one
   *       before it (when only its position changed, the report says so rather than "edited");
   *   <li>{@code REWRITTEN}: a record whose previous hash no record has: the one before it was
   *       edited and given a new hash;
   *   <li>{@code ROW_EDITED}, {@code ROW_DELETED}, {@code ROW_UNRECORDED}: rows changed, deleted
   *       or inserted outside Kenmon.
   * </ul>
   *
   * <p>Streams the log; memory does not grow with it. Runs in its own read-only transaction.
   */
  public VerifyReport verify(List<AuditedTable> tables) throws SQLException {
    VerifyReport report = new VerifyReport();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
    try {
      verifyChain(report);
      for (AuditedTable t : tables) {
        verifyRows(t, report);
      }
      connection.commit();
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
    return report;
  }

  private void verifyChain(VerifyReport report) throws SQLException {
    Head head = head();
    report.head(head.seq(), head.hash());
    long count = 0;
    long prevSeq = 0;
    String prevHash = AuditRecord.GENESIS;
    try (Statement st = connection.createStatement()) {
      st.setFetchSize(1000);
      try (ResultSet rs = st.executeQuery(SELECT_RECORD + " ORDER BY seq")) {
        while (rs.next()) {
          AuditRecord r = record(rs);
          count++;
          check(r, prevSeq, prevHash, report);
          prevSeq = r.seq();
          prevHash = r.hash();
        }
      }
    }
    report.records(count);
    if (head.seq() > prevSeq) {
      report.add(new AuditProblem(AuditProblem.Kind.DELETED, prevSeq + 1, null, null, range(prevSeq + 1, head.seq())
          + " missing at the end: the head says the log ends at seq " + head.seq() + ", the last record is seq "
          + prevSeq));
    } else if (head.seq() < prevSeq) {
      report.add(new AuditProblem(AuditProblem.Kind.HEAD, head.seq() + 1, null, null, range(head.seq() + 1, prevSeq)
          + " after the head (seq " + head.seq() + "): appended outside Kenmon, or the head was edited"));
    } else if (!head.hash().equals(prevHash)) {
      report.add(new AuditProblem(AuditProblem.Kind.HEAD, prevSeq, null, null, "the head's hash " + abbrev(head.hash())
          + " is not the last record's " + abbrev(prevHash) + ": the last record or the head was rewritten"));
    }
  }

  private void check(AuditRecord r, long prevSeq, String prevHash, VerifyReport report) throws SQLException {
    boolean gap = r.seq() != prevSeq + 1;
    if (gap) {
      report.add(new AuditProblem(AuditProblem.Kind.DELETED, prevSeq + 1, null, null, range(prevSeq + 1, r.seq() - 1)
          + " missing: seq " + prevSeq + (prevSeq == 0 ? " (the start)" : "") + " is followed by seq " + r.seq()));
    }
    boolean linked = r.prevHash().equals(prevHash);
    Long linkedTo = null;
    if (!linked) {
      linkedTo = r.prevHash().equals(AuditRecord.GENESIS) ? Long.valueOf(0) : seqOfHash(r.prevHash());
    }
    Long writtenAs = null;
    if (!r.recomputedHash().equals(r.hash())) {
      writtenAs = writtenAs(r, linkedTo);
      if (writtenAs == null) {
        report.add(new AuditProblem(AuditProblem.Kind.EDITED, r.seq(), null, null, "its fields hash to "
            + abbrev(r.recomputedHash()) + ", not to its stored hash " + abbrev(r.hash()) + " (" + r.action()
            + (r.subject() == null ? "" : " " + r.subject()) + ")"));
      }
    }
    String moved = writtenAs == null ? "" : "written as seq " + writtenAs + " and now at seq " + r.seq()
        + " (content intact); ";
    if (linked || gap && linkedTo == null) {
      // Linked as it should be, or the break is the gap already reported.
      if (writtenAs != null) {
        report.add(new AuditProblem(AuditProblem.Kind.REORDERED, r.seq(), null, null, moved
            + "its sequence number was changed"));
      }
    } else if (linkedTo != null) {
      report.add(new AuditProblem(AuditProblem.Kind.REORDERED, r.seq(), null, null, moved + "it follows "
          + (linkedTo == 0 ? "the start of the log" : "the record now at seq " + linkedTo) + ", not seq " + prevSeq
          + ": records were moved"));
    } else if (writtenAs != null) {
      report.add(new AuditProblem(AuditProblem.Kind.DELETED, r.seq(), null, null, moved + "the record written before "
          + "it is not in the log: deleted, and the records after it renumbered"));
    } else {
      report.add(new AuditProblem(AuditProblem.Kind.REWRITTEN, r.seq(), null, null, "it names a previous hash "
          + abbrev(r.prevHash()) + " that no record has: seq " + prevSeq + " was edited and rehashed"));
    }
  }

  /**
   * The sequence number a record was written with, when its content is intact but its position
   * changed: tried right after the record it links to, then within {@value #MOVE_WINDOW} places.
   * Null when none fits (the record was edited, or moved farther).
   */
  private static Long writtenAs(AuditRecord r, Long linkedTo) {
    if (linkedTo != null && r.recomputedHash(linkedTo + 1).equals(r.hash())) {
      return linkedTo + 1;
    }
    for (long d = 1; d <= MOVE_WINDOW; d++) {
      for (long candidate : new long[] {r.seq() - d, r.seq() + d}) {
        if (candidate > 0 && r.recomputedHash(candidate).equals(r.hash())) {
          return candidate;
        }
      }
    }
    return null;
  }

  private Long seqOfHash(String hash) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT seq FROM audit_log WHERE hash = ?")) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private void verifyRows(AuditedTable t, VerifyReport report) throws SQLException {
    long rows = 0;
    String sql = "SELECT " + t.sealedColumnList("t") + ", t.audit_seq, a.seq AS a_seq, a.action AS a_action, "
        + "a.payload AS a_payload FROM " + t.name() + " t LEFT JOIN audit_log a ON a.seq = t.audit_seq ORDER BY t.id";
    try (Statement st = connection.createStatement()) {
      st.setFetchSize(1000);
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          rows++;
          checkRow(t, rs, report);
        }
      }
    }
    report.rowsChecked(t.name(), rows);
    String actions = t.actions().stream().sorted().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT a.seq, a.payload FROM audit_log a WHERE a.action IN (" + actions
            + ") AND NOT EXISTS (SELECT 1 FROM " + t.name() + " t WHERE t.audit_seq = a.seq) ORDER BY a.seq")) {
      while (rs.next()) {
        Map<?, ?> entry = rowEntry(rs.getString(2), t);
        if (entry == null) {
          continue; // a payload without this row: its own hash check reports the edit
        }
        Long id = entry.get("id") instanceof Number ? ((Number) entry.get("id")).longValue() : null;
        report.add(new AuditProblem(AuditProblem.Kind.ROW_DELETED, rs.getLong(1), t.name(), id, t.name() + " " + id
            + ", which this record wrote, is not in the table: deleted"));
      }
    }
  }

  private static void checkRow(AuditedTable t, ResultSet rs, VerifyReport report) throws SQLException {
    Map<String, Object> values = t.readSealed(rs);
    long id = ((Number) values.get("id")).longValue();
    long auditSeq = rs.getLong("audit_seq");
    long aSeq = rs.getLong("a_seq");
    if (rs.wasNull()) {
      report.add(new AuditProblem(AuditProblem.Kind.ROW_UNRECORDED, null, t.name(), id, "it names audit record seq "
          + auditSeq + ", which is not in the log"));
      return;
    }
    Map<?, ?> entry = t.actions().contains(rs.getString("a_action")) ? rowEntry(rs.getString("a_payload"), t) : null;
    Object recordedId = entry == null ? null : entry.get("id");
    if (!(recordedId instanceof Number) || ((Number) recordedId).longValue() != id) {
      report.add(new AuditProblem(AuditProblem.Kind.ROW_UNRECORDED, aSeq, t.name(), id, t.name() + " " + id
          + " names this record, which does not record it: the row was inserted or re-pointed by hand, or the "
          + "records were moved"));
      return;
    }
    String digest = t.digest(values);
    if (!digest.equals(entry.get("sha256"))) {
      report.add(new AuditProblem(AuditProblem.Kind.ROW_EDITED, aSeq, t.name(), id, t.name() + " " + id
          + " was edited after this record wrote it: its sealed columns hash to " + abbrev(digest)
          + ", the record says "
          + abbrev(String.valueOf(entry.get("sha256")))));
    }
  }

  /** The {@code rows.<table>} entry of a payload, or null when it has none or is not JSON. */
  private static Map<?, ?> rowEntry(String payload, AuditedTable t) {
    Object parsed;
    try {
      parsed = CanonicalJson.read(payload);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (parsed instanceof Map && ((Map<?, ?>) parsed).get("rows") instanceof Map) {
      Object entry = ((Map<?, ?>) ((Map<?, ?>) parsed).get("rows")).get(t.name());
      return entry instanceof Map ? (Map<?, ?>) entry : null;
    }
    return null;
  }

  private static AuditRecord record(ResultSet rs) throws SQLException {
    return new AuditRecord(rs.getLong("seq"), AuditedTable.getInstant(rs, "recorded_at"), rs.getString("actor"),
        rs.getString("action"), rs.getString("subject"), rs.getString("payload"), rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  private static String range(long from, long to) {
    return from == to ? "seq " + from + " is" : "seq " + from + " to " + to + " (" + (to - from + 1) + " records) are";
  }

  private static String abbrev(String hash) {
    return hash == null || hash.length() <= 16 ? String.valueOf(hash) : hash.substring(0, 16) + "…";
  }
}
