package org.kenmon.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions of the web UI: signing in with a key makes a random session id, sent as an
 * HttpOnly, SameSite=Strict cookie; the key itself never reaches the browser's storage. A session
 * lasts {@link #LIFETIME}, ends at sign-out, and ends as soon as its key is revoked ({@link
 * KeyRing#stillActive}). Each session carries a CSRF token that every form posts back. Kept in
 * memory: restarting the service signs everyone out.
 */
public final class Sessions {
  public static final String COOKIE = "kenmon_session";
  public static final Duration LIFETIME = Duration.ofHours(12);
  /** Most sessions kept; the oldest go first. */
  static final int MAX_SESSIONS = 10_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A signed-in browser: who, its CSRF token, and until when. */
  public record Session(String id, Principal principal, String csrf, Instant expires) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Clock clock;

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  public Session open(Principal principal) {
    if (sessions.size() >= MAX_SESSIONS) {
      evict();
    }
    Session s = new Session(token(), principal, token(), clock.instant().plus(LIFETIME));
    sessions.put(s.id(), s);
    return s;
  }

  /** The live session of a cookie value. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (clock.instant().isAfter(s.expires())) {
      sessions.remove(id);
      return Optional.empty();
    }
    return Optional.of(s);
  }

  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  private void evict() {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> now.isAfter(s.expires()));
    sessions.values().stream().sorted(Comparator.comparing(Session::expires)).limit(MAX_SESSIONS / 10)
        .map(Session::id).toList().forEach(sessions::remove);
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
