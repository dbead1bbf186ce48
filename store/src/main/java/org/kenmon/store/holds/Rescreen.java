package org.kenmon.store.holds;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Screener;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.screen.Verdict;
import org.kenmon.store.DataState;
import org.kenmon.store.DataStates;
import org.kenmon.store.ScreeningRuns;
import org.kenmon.store.Store;
import org.kenmon.store.StoreException;
import org.kenmon.transaction.Transaction;

/**
 * Screens the holds again against the current data (regimes, list versions, agreement) and
 * releases those now lawful: CLEAR or REPORTABLE. Each hold gets an event with the verdict that
 * caused it: RELEASED, or RESCREENED when it still needs action.
 *
 * <p>Holds are taken in id order, {@code batchSize} at a time; each batch is screened, then
 * written in one database transaction (verdicts, events, the holds' new state, audit records). A
 * hold already screened against the current data state is not taken, so a rescreen killed at any
 * point and run again goes on where it stopped: nothing is screened twice, no event is written
 * twice. Inside the transaction each hold is moved only if it is still HELD against the state it
 * was read with, so two rescreens at once cannot both record it.
 *
 * <p>A hold is judged on the date it was first judged on ({@code --as-of} of its screening, else
 * its own date); holds released, by hand or by a rescreen, are never screened again.
 */
public final class Rescreen {
  /** Holds per database transaction. */
  public static final int DEFAULT_BATCH = 50;

  private final Store store;
  private final ScreeningContext base;
  private final DataState state;
  private final String stateKey;
  private final String actor;
  private final Screener screener;
  private final LocalDate notBefore;

  /**
   * @param base the context to judge against; its {@code asOf} is replaced by each hold's own
   * @param state the data state of {@code base}
   */
  public Rescreen(Store store, ScreeningContext base, DataState state, String actor) {
    this(store, base, state, actor, null);
  }

  /**
   * As {@link #Rescreen(Store, ScreeningContext, DataState, String)}, judging no hold before
   * {@code notBefore}: for regimes with an agreement applied, a hold dated earlier is judged as if
   * it went ahead on the day the agreement takes effect (as {@code kenmon whatif} does).
   */
  public Rescreen(Store store, ScreeningContext base, DataState state, String actor, LocalDate notBefore) {
    this.store = store;
    this.base = base;
    this.state = state;
    this.stateKey = state.key();
    this.actor = actor;
    this.screener = new Screener(base);
    this.notBefore = notBefore;
  }

  /** A hold the rescreen released. */
  public record Released(long holdId, String transactionId, Outcome was, Outcome now, Transaction transaction) {}

  /**
   * What a rescreen did.
   *
   * @param runId the screening run, or 0 when no hold needed screening (none was started)
   * @param pending holds HELD against another data state when it started
   * @param screened holds screened and moved by this rescreen (released + still held)
   * @param skipped holds another writer had moved in the meantime
   * @param stateIsNew whether the data state was seen for the first time (a data change)
   */
  public record Result(long runId, DataState state, boolean stateIsNew, long pending, long screened,
      long stillHeld, long skipped, List<Released> released) {
    public Result {
      released = List.copyOf(released);
    }

    /** One line for people. */
    public String summary() {
      if (runId == 0) {
        return "holds: none to rescreen; every held transaction is screened against the current data ("
            + state.describe() + ")";
      }
      return "holds: run " + runId + ": rescreened " + screened + " against " + state.describe() + "; released "
          + released.size() + ", still held " + stillHeld + (skipped > 0 ? ", " + skipped + " moved meanwhile" : "");
    }
  }

  /** Rescreens with {@link #DEFAULT_BATCH} holds per transaction. */
  public Result run() {
    return run(DEFAULT_BATCH, r -> {});
  }

  /**
   * Rescreens every hold not yet screened against the current state.
   *
   * @param afterBatch told, after each batch commits, of the holds that batch released (maybe none)
   */
  public Result run(int batchSize, Consumer<List<Released>> afterBatch) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    long pending = count();
    if (pending == 0) {
      boolean isNew = store.write(tx -> DataStates.record(tx, state, actor));
      return new Result(0, state, isNew, 0, 0, 0, 0, List.of());
    }
    boolean isNew = !stateKnown();
    long runId = ScreeningRuns.begin(store, "rescreen", actor, state, null, "holds screened against another state");
    List<Released> released = new ArrayList<>();
    long screened = 0;
    long stillHeld = 0;
    long skipped = 0;
    long after = 0;
    while (true) {
      List<Hold> batch = next(after, batchSize);
      if (batch.isEmpty()) {
        break;
      }
      after = batch.get(batch.size() - 1).id();
      List<Verdict> verdicts = new ArrayList<>(batch.size());
      for (Hold h : batch) {
        Transaction t = TransactionJson.read(h.transactionJson(), h.source(), h.inputHash());
        verdicts.add(screener.screen(t, judgedOn(h, t)));
      }
      BatchResult r = write(runId, batch, verdicts);
      screened += r.moved;
      stillHeld += r.moved - r.released.size();
      skipped += batch.size() - r.moved;
      released.addAll(r.released);
      afterBatch.accept(List.copyOf(r.released));
    }
    ScreeningRuns.finish(store, runId, actor,
        new ScreeningRuns.Counts(screened, 0, screened, skipped, stillHeld, released.size()));
    return new Result(runId, state, isNew, pending, screened, stillHeld, skipped, released);
  }

  private record Move(Hold hold, HoldEventKind kind, long verdictId, Outcome now, Transaction transaction) {}

  private static final class BatchResult {
    long moved;
    final List<Released> released = new ArrayList<>();
  }

  private BatchResult write(long runId, List<Hold> batch, List<Verdict> verdicts) {
    return store.write(tx -> {
      BatchResult result = new BatchResult();
      Map<Long, String> current = currentStates(tx.connection(), batch);
      Map<HoldWriter.VerdictKey, Long> known = HoldWriter.existingVerdicts(tx,
          batch.stream().map(Hold::transactionId).toList());
      List<Move> moves = new ArrayList<>();
      try (HoldWriter w = new HoldWriter(tx, actor)) {
        for (int i = 0; i < batch.size(); i++) {
          Hold h = batch.get(i);
          Verdict v = verdicts.get(i);
          if (!h.stateKey().equals(current.get(h.id()))) {
            continue; // released or rescreened by another writer since it was read
          }
          HoldWriter.VerdictKey key = new HoldWriter.VerdictKey(h.transactionId(), h.inputHash(), v.asOf(), stateKey);
          Long verdictId = known.get(key);
          if (verdictId == null) {
            verdictId = w.verdict(runId, v, stateKey);
            known.put(key, verdictId);
          }
          HoldEventKind kind = v.outcome().needsAction() ? HoldEventKind.RESCREENED : HoldEventKind.RELEASED;
          w.event(h.id(), h.transactionId(), kind, actor, null, runId, verdictId, stateKey, v.outcome().name());
          moves.add(new Move(h, kind, verdictId, v.outcome(), v.transaction()));
        }
        w.execute(); // verdicts first: the holds point at them
      }
      for (Move m : moves) {
        Hold h = m.hold();
        if (!HoldWriter.moveHold(tx, h.id(), h.stateKey(), m.kind().status(), stateKey, m.verdictId(),
            m.now().name())) {
          throw new SQLException("hold " + h.id() + " changed during its own transaction");
        }
        result.moved++;
        if (m.kind() == HoldEventKind.RELEASED) {
          result.released.add(new Released(h.id(), h.transactionId(), h.outcome(), m.now(), m.transaction()));
        }
      }
      return result;
    });
  }

  /** The current state_key of each HELD hold of the batch (under the audit head lock, so final). */
  private static Map<Long, String> currentStates(java.sql.Connection c, List<Hold> batch) throws SQLException {
    Map<Long, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, state_key FROM holds WHERE status = 'HELD' AND id "
        + "BETWEEN ? AND ?")) {
      ps.setLong(1, batch.get(0).id());
      ps.setLong(2, batch.get(batch.size() - 1).id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /** The hold's own date (its {@code --as-of}, else the transaction's), but not before {@code notBefore}. */
  private LocalDate judgedOn(Hold h, Transaction t) {
    LocalDate own = h.asOf() != null ? h.asOf() : t.date();
    return notBefore != null && own.isBefore(notBefore) ? notBefore : own;
  }

  private long count() {
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT COUNT(*) FROM holds WHERE status = 'HELD' AND state_key <> ?")) {
      ps.setString(1, stateKey);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the holds of " + store.location().display() + ": " + e.getMessage(), e);
    }
  }

  private boolean stateKnown() {
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT 1 FROM data_states WHERE state_key = ?")) {
      ps.setString(1, stateKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the data states of " + store.location().display() + ": "
          + e.getMessage(), e);
    }
  }

  private List<Hold> next(long after, int limit) {
    try (PreparedStatement ps = store.connection().prepareStatement(Holds.SELECT + " WHERE status = 'HELD' AND "
        + "state_key <> ? AND id > ? ORDER BY id LIMIT ?")) {
      ps.setString(1, stateKey);
      ps.setLong(2, after);
      ps.setInt(3, limit);
      List<Hold> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(Holds.hold(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the holds of " + store.location().display() + ": " + e.getMessage(), e);
    }
  }
}
