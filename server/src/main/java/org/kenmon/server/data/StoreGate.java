package org.kenmon.server.data;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.kenmon.store.Store;
import org.kenmon.store.StoreLocation;

/**
 * The store, for many request threads: {@link Store} holds one connection and is not thread-safe,
 * so every use goes through {@link #call}, one at a time. Nothing on the screening hot path needs
 * the store (keys are cached by {@code KeyRing}); holds, releases, imports and the audit do.
 */
public final class StoreGate implements AutoCloseable {
  private final Store store;
  private final ReentrantLock lock = new ReentrantLock(true);

  public StoreGate(StoreLocation location) {
    this.store = Store.open(location);
  }

  public <T> T call(Function<Store, T> work) {
    lock.lock();
    try {
      return work.apply(store);
    } finally {
      lock.unlock();
    }
  }

  public StoreLocation location() {
    return store.location();
  }

  @Override
  public void close() {
    call(s -> {
      s.close();
      return null;
    });
  }
}
