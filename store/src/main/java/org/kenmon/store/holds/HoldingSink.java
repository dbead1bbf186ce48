package org.kenmon.store.holds;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.screen.pipeline.VerdictSink;
import org.kenmon.store.DataState;
import org.kenmon.store.ScreeningRuns;
import org.kenmon.store.Store;
import org.kenmon.transaction.read.Reject;

/**
 * Stores a screening as it is written ({@code kenmon screen --hold}): wraps the sink that prints
 * the verdicts and, every {@code batchSize} verdicts, writes them to the store in one database
 * transaction together with a hold for each that needs action (PROHIBITED, LICENCE_REQUIRED,
 * REVIEW) and the audit records of both.
 *
 * <p>Idempotent, so a run killed at any point is simply run again: a verdict already stored for
 * the same record, date and data state is skipped, and so is a hold for a record (transaction id,
 * input hash) already held or released. A killed run loses at most the batch it was writing, which
 * rolls back whole and is written by the next run.
 *
 * <p>Called from one thread, in input order ({@link org.kenmon.screen.pipeline.BatchScreening}).
 */
public final class HoldingSink implements VerdictSink {
  /** Verdicts per database transaction. */
  public static final int DEFAULT_BATCH = 500;

  private final Store store;
  private final VerdictSink inner;
  private final DataState state;
  private final String stateKey;
  private final LocalDate asOf;
  private final String actor;
  private final long runId;
  private final int batchSize;
  private final List<Verdict> pending = new ArrayList<>();
  private long read;
  private long rejected;
  private long stored;
  private long skipped;
  private long held;
  private long alreadyHeld;

  private HoldingSink(Store store, VerdictSink inner, DataState state, LocalDate asOf, String actor, long runId,
      int batchSize) {
    this.store = store;
    this.inner = inner;
    this.state = state;
    this.stateKey = state.key();
    this.asOf = asOf;
    this.actor = actor;
    this.runId = runId;
    this.batchSize = batchSize;
  }

  /**
   * Begins a screening run in the store and returns the sink that records it.
   *
   * @param inner where the verdicts are printed; every call is passed on
   * @param asOf the run's fixed date of judgement ({@code --as-of}), or null for each transaction's own
   * @param inputs what is read, for the run's record
   */
  public static HoldingSink start(Store store, VerdictSink inner, DataState state, LocalDate asOf, String actor,
      String inputs, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    Objects.requireNonNull(inner, "inner");
    long runId = ScreeningRuns.begin(store, "screen", actor, state, asOf, inputs);
    return new HoldingSink(store, inner, state, asOf, actor, runId, batchSize);
  }

  @Override
  public String render(Verdict v) {
    return inner.render(v);
  }

  @Override
  public void verdict(Verdict v, String rendered) throws IOException {
    inner.verdict(v, rendered);
    add(v);
  }

  @Override
  public void verdict(Verdict v) throws IOException {
    inner.verdict(v);
    add(v);
  }

  @Override
  public void reject(Reject r) throws IOException {
    inner.reject(r);
    read++;
    rejected++;
  }

  @Override
  public void finish(Summary summary) throws IOException {
    flush();
    ScreeningRuns.finish(store, runId, actor,
        new ScreeningRuns.Counts(read, rejected, stored, skipped, held, 0));
    inner.finish(summary);
  }

  private void add(Verdict v) {
    HoldWriter.checkId(v.transaction());
    read++;
    pending.add(v);
    if (pending.size() >= batchSize) {
      flush();
    }
  }

  /** Writes the pending verdicts and holds in one transaction. */
  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    long[] counts = store.write(tx -> {
      List<String> ids = pending.stream().map(v -> v.transaction().id()).toList();
      Map<HoldWriter.VerdictKey, Long> verdicts = HoldWriter.existingVerdicts(tx, ids);
      Set<HoldWriter.RecordKey> holds = new HashSet<>(HoldWriter.existingHolds(tx, ids));
      long newVerdicts = 0;
      long newHolds = 0;
      long known = 0;
      long knownHolds = 0;
      try (HoldWriter w = new HoldWriter(tx, actor)) {
        for (Verdict v : pending) {
          String hash = HoldWriter.inputHash(v.transaction());
          HoldWriter.VerdictKey key = new HoldWriter.VerdictKey(v.transaction().id(), hash, v.asOf(), stateKey);
          if (verdicts.containsKey(key)) {
            known++;
            continue;
          }
          long verdictId = w.verdict(runId, v, stateKey);
          verdicts.put(key, verdictId);
          newVerdicts++;
          if (v.outcome().needsAction()) {
            if (holds.add(new HoldWriter.RecordKey(v.transaction().id(), hash))) {
              w.hold(runId, v, verdictId, stateKey, asOf);
              newHolds++;
            } else {
              knownHolds++;
            }
          }
        }
        w.execute();
      }
      return new long[] {newVerdicts, known, newHolds, knownHolds};
    });
    stored += counts[0];
    skipped += counts[1];
    held += counts[2];
    alreadyHeld += counts[3];
    pending.clear();
  }

  public long runId() {
    return runId;
  }

  public DataState state() {
    return state;
  }

  /** One line: what this run stored and skipped. */
  public String report() {
    return String.format(java.util.Locale.ROOT, "store: run %d: %d verdicts stored, %d already stored (skipped); "
        + "%d new holds, %d already held or released; %s", runId, stored, skipped, held, alreadyHeld,
        store.location().display());
  }

  public long stored() {
    return stored;
  }

  public long skipped() {
    return skipped;
  }

  public long held() {
    return held;
  }

  public long alreadyHeld() {
    return alreadyHeld;
  }
}
