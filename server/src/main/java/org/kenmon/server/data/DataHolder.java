package org.kenmon.server.data;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's current {@link Snapshot}, swapped whole when the data changes (a list version
 * imported, an agreement stored, a reload asked for). Readers never lock: they take the reference
 * once per request. Reloads run one at a time.
 */
public final class DataHolder {
  private final SnapshotLoader loader;
  private final AtomicReference<Snapshot> current;

  public DataHolder(SnapshotLoader loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.current = new AtomicReference<>(loader.load());
  }

  public Snapshot current() {
    return current.get();
  }

  public SnapshotLoader loader() {
    return loader;
  }

  /**
   * Loads the data again and makes it current; returns the new snapshot. On failure the current
   * snapshot stays.
   *
   * @throws SnapshotLoader.DataException when the new data cannot be served
   */
  public synchronized Snapshot reload() {
    Snapshot next = loader.load();
    current.set(next);
    return next;
  }
}
