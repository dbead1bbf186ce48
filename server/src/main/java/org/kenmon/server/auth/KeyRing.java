package org.kenmon.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kenmon.server.data.StoreGate;
import org.kenmon.store.keys.ApiKey;
import org.kenmon.store.keys.ApiKeys;

/**
 * The API keys, cached from the store so that checking a key costs a map look-up and one SHA-256,
 * not a database round trip under the store lock. The cache is read again every {@link
 * #REFRESH}, so a key revoked or made by another process ({@code kenmon keys} on a shared
 * PostgreSQL) takes effect within that time; an unknown key id also refreshes it, at most once a
 * {@link #MISS_REFRESH}, so a new key works at once without letting bad keys hammer the store.
 */
public final class KeyRing {
  public static final Duration REFRESH = Duration.ofSeconds(2);
  public static final Duration MISS_REFRESH = Duration.ofMillis(500);

  private final StoreGate store;
  private final Clock clock;
  private volatile Map<String, ApiKey> byKeyId;
  private volatile Instant loadedAt;
  private volatile Instant lastMissRefresh = Instant.EPOCH;

  public KeyRing(StoreGate store, Clock clock) {
    this.store = store;
    this.clock = clock;
    refresh();
  }

  /** The principal a presented key stands for, when it is a valid key that is not revoked. */
  public Optional<Principal> authenticate(String presented) {
    Optional<String> keyId = ApiKeys.keyIdOf(presented);
    if (keyId.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (now.isAfter(loadedAt.plus(REFRESH))) {
      refresh();
    }
    ApiKey key = byKeyId.get(keyId.get());
    if (key == null && now.isAfter(lastMissRefresh.plus(MISS_REFRESH))) {
      lastMissRefresh = now;
      refresh();
      key = byKeyId.get(keyId.get());
    }
    if (key == null || !key.active() || !ApiKeys.matches(key, presented)) {
      return Optional.empty();
    }
    return Optional.of(new Principal(key.keyId(), key.name(), key.role()));
  }

  /** Whether the key behind a session is still valid (not revoked since sign-in). */
  public boolean stillActive(String keyId) {
    if (clock.instant().isAfter(loadedAt.plus(REFRESH))) {
      refresh();
    }
    ApiKey key = byKeyId.get(keyId);
    return key != null && key.active();
  }

  /** Reads the keys again; called after a change made by this process. */
  public synchronized void refresh() {
    Map<String, ApiKey> keys = store.call(s -> new ApiKeys(s).list()).stream()
        .collect(Collectors.toUnmodifiableMap(ApiKey::keyId, Function.identity()));
    byKeyId = keys;
    loadedAt = clock.instant();
  }
}
