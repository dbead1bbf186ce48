package org.kenmon.store.holds;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kenmon.screen.Outcome;
import org.kenmon.store.Store;
import org.kenmon.store.StoreException;
import org.kenmon.store.audit.AuditedTable;

/**
 * The holds of a store: list and read them with their history, and release one by hand. Holds are
 * made by {@link HoldingSink} and screened again by {@link Rescreen}.
 */
public final class Holds {
  /** Longest name and reason a release by hand keeps. */
  public static final int MAX_ACTOR_CHARS = 200;

  static final String SELECT = "SELECT id, transaction_id, input_hash, transaction_type, transaction_date, as_of, "
      + "source, transaction_json, held_at, status, state_key, verdict_id, outcome, updated_at FROM holds";

  private final Store store;

  public Holds(Store store) {
    this.store = store;
  }

  /** Holds in id order; {@code status} null for all. */
  public List<Hold> list(HoldStatus status) {
    String sql = SELECT + (status == null ? "" : " WHERE status = ?") + " ORDER BY id";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      if (status != null) {
        ps.setString(1, status.name());
      }
      List<Hold> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(hold(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failed("read the holds", e);
    }
  }

  public Optional<Hold> find(long id) {
    try (PreparedStatement ps = store.connection().prepareStatement(SELECT + " WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(hold(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("read hold " + id, e);
    }
  }

  /** The hold of a record (its transaction id and the SHA-256 of the record as read), held or released. */
  public Optional<Hold> find(String transactionId, String inputHash) {
    try (PreparedStatement ps = store.connection().prepareStatement(SELECT
        + " WHERE transaction_id = ? AND input_hash = ?")) {
      ps.setString(1, transactionId);
      ps.setString(2, inputHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(hold(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("read the hold of " + transactionId, e);
    }
  }

  /** A hold's events, oldest first, each with its verdict's JSON. */
  public List<HoldEvent> events(long holdId) {
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT e.id, e.hold_id, e.kind, e.recorded_at, "
        + "e.actor, e.reason, e.run_id, e.verdict_id, e.state_key, e.outcome, v.verdict_json FROM hold_events e "
        + "JOIN verdicts v ON v.id = e.verdict_id WHERE e.hold_id = ? ORDER BY e.id")) {
      ps.setLong(1, holdId);
      List<HoldEvent> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long run = rs.getLong("run_id");
          Long runId = rs.wasNull() ? null : run;
          out.add(new HoldEvent(rs.getLong("id"), rs.getLong("hold_id"), HoldEventKind.valueOf(rs.getString("kind")),
              AuditedTable.getInstant(rs, "recorded_at"), rs.getString("actor"), rs.getString("reason"), runId,
              rs.getLong("verdict_id"), rs.getString("state_key"), Outcome.valueOf(rs.getString("outcome")),
              rs.getString("verdict_json")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failed("read the events of hold " + holdId, e);
    }
  }

  /** How many holds are HELD and RELEASED. */
  public Map<HoldStatus, Long> counts() {
    Map<HoldStatus, Long> out = new EnumMap<>(HoldStatus.class);
    for (HoldStatus s : HoldStatus.values()) {
      out.put(s, 0L);
    }
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT status, COUNT(*) FROM holds GROUP BY status")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(HoldStatus.valueOf(rs.getString(1)), rs.getLong(2));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failed("count the holds", e);
    }
  }

  /**
   * Releases a hold by hand: a person overrides its latest verdict, giving their name and why.
   * Recorded as a RELEASED_BY_HAND event with that verdict, and in the audit log.
   *
   * @throws IllegalArgumentException when there is no such hold, or {@code by} or {@code why} is blank or too long
   * @throws IllegalStateException when the hold is already released
   */
  public HoldEvent releaseByHand(long id, String by, String why) {
    if (by == null || by.isBlank() || by.length() > MAX_ACTOR_CHARS) {
      throw new IllegalArgumentException("give who releases the hold (--by), at most " + MAX_ACTOR_CHARS
          + " characters");
    }
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("give why the hold is released (--why)");
    }
    String name = by.trim();
    String reason = why.trim();
    long eventId = store.write(tx -> {
      Hold h;
      try (PreparedStatement ps = tx.connection().prepareStatement(SELECT + " WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalArgumentException("no hold " + id);
          }
          h = hold(rs);
        }
      }
      if (h.status() != HoldStatus.HELD) {
        HoldEvent last = lastEvent(tx.connection(), id);
        throw new IllegalStateException("hold " + id + " (" + h.transactionId() + ") is already released: "
            + (last == null ? "" : last.kind() + " by " + last.actor() + " at " + last.recordedAt()));
      }
      long e;
      try (HoldWriter w = new HoldWriter(tx, name)) {
        e = w.event(id, h.transactionId(), HoldEventKind.RELEASED_BY_HAND, name, reason, null, h.verdictId(),
            h.stateKey(), h.outcome().name());
        w.execute();
      }
      if (!HoldWriter.moveHold(tx, id, h.stateKey(), HoldStatus.RELEASED, h.stateKey(), h.verdictId(),
          h.outcome().name())) {
        throw new SQLException("hold " + id + " changed during its own transaction");
      }
      return e;
    });
    return events(id).stream().filter(e -> e.id() == eventId).findFirst().orElseThrow();
  }

  private static HoldEvent lastEvent(java.sql.Connection c, long holdId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT kind, actor, recorded_at FROM hold_events WHERE hold_id = ? "
        + "ORDER BY id DESC LIMIT 1")) {
      ps.setLong(1, holdId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new HoldEvent(0, holdId, HoldEventKind.valueOf(rs.getString(1)), AuditedTable.getInstant(rs,
            "recorded_at"), rs.getString(2), null, null, 0, null, null, null);
      }
    }
  }

  static Hold hold(ResultSet rs) throws SQLException {
    return new Hold(rs.getLong("id"), rs.getString("transaction_id"), rs.getString("input_hash"),
        rs.getString("transaction_type"), rs.getObject("transaction_date", LocalDate.class),
        rs.getObject("as_of", LocalDate.class), rs.getString("source"), rs.getString("transaction_json"),
        AuditedTable.getInstant(rs, "held_at"), HoldStatus.valueOf(rs.getString("status")),
        rs.getString("state_key"), rs.getLong("verdict_id"), Outcome.valueOf(rs.getString("outcome")),
        AuditedTable.getInstant(rs, "updated_at"));
  }

  private StoreException failed(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + store.location().display() + ": " + e.getMessage(), e);
  }
}
