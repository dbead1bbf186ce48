package org.kenmon.memo;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the values a pure function gave, for at most {@code capacity} keys; when full it is
 * emptied and fills again. Emptying (rather than evicting one by one) keeps it small and simple,
 * and since the function is pure it costs only recomputation: what callers get is the same with
 * or without the memo. Null values are remembered too. Thread-safe; two threads may compute the
 * same key at once, which is harmless for a pure function.
 *
 * @param <K> keys, with value equality
 * @param <V> values, shared between callers: they must be immutable
 */
public final class BoundedMemo<K, V> {
  private static final Object NULL = new Object();

  private final int capacity;
  private final Map<K, Object> values;

  /** @throws IllegalArgumentException when capacity is not positive */
  public BoundedMemo(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    this.capacity = capacity;
    this.values = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
  }

  /** The value for {@code key}: remembered, or computed by {@code function} and remembered. */
  @SuppressWarnings("unchecked")
  public V get(K key, Function<? super K, ? extends V> function) {
    Objects.requireNonNull(key, "key");
    Object v = values.get(key);
    if (v == null) {
      V computed = function.apply(key);
      if (values.size() >= capacity) {
        values.clear();
      }
      values.put(key, computed == null ? NULL : computed);
      return computed;
    }
    return v == NULL ? null : (V) v;
  }

  /** Keys remembered now (at most the capacity). */
  public int size() {
    return values.size();
  }

  public int capacity() {
    return capacity;
  }
}
