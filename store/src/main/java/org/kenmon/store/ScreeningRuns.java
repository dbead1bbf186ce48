package org.kenmon.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import org.kenmon.store.audit.AuditAction;
import org.kenmon.store.audit.AuditedTable;
import org.kenmon.store.audit.CanonicalJson;

/**
 * Screening runs ({@code screening_runs}): one per {@code kenmon screen --hold} or rescreen of the
 * holds, begun and finished with an audit record each. A run killed before {@link #finish} keeps
 * no finish time; the counts of what it stored are in the verdicts and events that name it.
 */
public final class ScreeningRuns {
  /** What a run did, recorded when it finishes. */
  public record Counts(long read, long rejected, long stored, long skipped, long held, long released) {}

  private ScreeningRuns() {}

  /**
   * Begins a run against {@code state} (recorded first if new), in one transaction; returns its id.
   *
   * @param kind {@code screen} or {@code rescreen}
   * @param asOf the fixed date of judgement, or null for each transaction's own
   */
  public static long begin(Store store, String kind, String actor, DataState state, LocalDate asOf, String inputs) {
    return store.write(tx -> {
      DataStates.record(tx, state, actor);
      long id = tx.nextId("screening_runs");
      try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO screening_runs (id, kind, actor, "
          + "state_key, as_of, inputs, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setString(2, kind);
        ps.setString(3, actor);
        ps.setString(4, state.key());
        if (asOf == null) {
          ps.setNull(5, Types.DATE);
        } else {
          ps.setObject(5, asOf);
        }
        ps.setString(6, inputs);
        AuditedTable.setInstant(ps, 7, tx.now());
        ps.executeUpdate();
      }
      Map<String, Object> payload = CanonicalJson.map();
      payload.put("run", id);
      payload.put("kind", kind);
      payload.put("state_key", state.key());
      payload.put("as_of", asOf == null ? null : asOf.toString());
      payload.put("inputs", inputs);
      tx.audit(actor, AuditAction.RUN_STARTED, "run:" + id, payload);
      return id;
    });
  }

  /** Finishes a run with its counts, in one transaction. */
  public static void finish(Store store, long runId, String actor, Counts counts) {
    store.write(tx -> {
      try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE screening_runs SET finished_at = ?, "
          + "read_count = ?, rejected_count = ?, stored_count = ?, skipped_count = ?, held_count = ?, "
          + "released_count = ? WHERE id = ?")) {
        AuditedTable.setInstant(ps, 1, tx.now());
        ps.setLong(2, counts.read());
        ps.setLong(3, counts.rejected());
        ps.setLong(4, counts.stored());
        ps.setLong(5, counts.skipped());
        ps.setLong(6, counts.held());
        ps.setLong(7, counts.released());
        ps.setLong(8, runId);
        if (ps.executeUpdate() != 1) {
          throw new SQLException("no screening run " + runId);
        }
      }
      Map<String, Object> payload = CanonicalJson.map();
      payload.put("run", runId);
      payload.put("read", counts.read());
      payload.put("rejected", counts.rejected());
      payload.put("stored", counts.stored());
      payload.put("skipped", counts.skipped());
      payload.put("held", counts.held());
      payload.put("released", counts.released());
      tx.audit(actor, AuditAction.RUN_FINISHED, "run:" + runId, payload);
      return null;
    });
  }
}
