package org.kenmon.store.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kenmon.stamp.Hashing;
import org.kenmon.store.Store;
import org.kenmon.store.StoreException;
import org.kenmon.store.Tables;
import org.kenmon.store.audit.AuditAction;
import org.kenmon.store.audit.AuditedTable;
import org.kenmon.store.audit.CanonicalJson;

/**
 * The service's API keys in the store ({@code api_keys}): made, listed and revoked here, each change
 * with its audit record. A key is {@code kenmon_<key id>_<secret>}: the key id (10 hex digits) is
 * public and finds the row; the secret is 256 random bits; only the SHA-256 of the whole key is
 * kept, and a presented key is compared with it in constant time ({@link #matches}).
 */
public final class ApiKeys {
  /** Longest key name kept. */
  public static final int MAX_NAME_CHARS = 200;
  private static final String PREFIX = "kenmon_";
  private static final int KEY_ID_BYTES = 5;
  private static final int SECRET_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SELECT = "SELECT id, key_id, name, role, key_sha256, created_at, created_by, "
      + "revoked_at, revoked_by FROM api_keys";

  private final Store store;

  public ApiKeys(Store store) {
    this.store = store;
  }

  /** A key just made: the row, and the key itself, which is shown once and kept nowhere. */
  public record NewKey(ApiKey key, String secret) {
    @Override
    public String toString() {
      return "NewKey[" + key + ", secret=***]";
    }
  }

  /**
   * Makes a key, recorded in the audit log with {@code actor} as who made it.
   *
   * @throws IllegalArgumentException when the name is blank, too long, has control characters, or
   *     an active key has it already
   */
  public NewKey create(String name, KeyRole role, String actor) {
    String n = checkName(name);
    byte[] idBytes = new byte[KEY_ID_BYTES];
    byte[] secretBytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(idBytes);
    RANDOM.nextBytes(secretBytes);
    String keyId = HexFormat.of().formatHex(idBytes);
    String secret = PREFIX + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
    ApiKey key = store.write(tx -> {
      for (ApiKey k : list(tx.connection())) {
        if (k.active() && k.name().equals(n)) {
          throw new IllegalArgumentException("an active key is already named \"" + n + "\" (" + k.keyId()
              + "); revoke it first or choose another name");
        }
      }
      long id = tx.nextId("api_keys");
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("key_id", keyId);
      row.put("name", n);
      row.put("role", role.code());
      row.put("key_sha256", Hashing.sha256(secret));
      row.put("created_at", tx.now());
      row.put("created_by", actor);
      row.put("revoked_at", null);
      row.put("revoked_by", null);
      Map<String, Object> payload = CanonicalJson.map();
      payload.put("key_id", keyId);
      payload.put("name", n);
      payload.put("role", role.code());
      payload.put("rows", Map.of(Tables.API_KEYS.name(), Tables.API_KEYS.rowEntry(row)));
      long seq = tx.audit(actor, AuditAction.KEY_CREATED, "key:" + keyId, payload);
      try (PreparedStatement ps = tx.connection().prepareStatement(Tables.API_KEYS.insertSql())) {
        Tables.API_KEYS.bind(ps, row, seq);
        ps.executeUpdate();
      }
      return new ApiKey(id, keyId, n, role, (String) row.get("key_sha256"), tx.now(), actor, null, null);
    });
    return new NewKey(key, secret);
  }

  /**
   * Revokes a key by its key id, recorded with {@code actor}.
   *
   * @throws IllegalArgumentException when there is no such key
   * @throws IllegalStateException when it is already revoked
   */
  public ApiKey revoke(String keyId, String actor) {
    return store.write(tx -> {
      ApiKey k = find(tx.connection(), keyId).orElseThrow(() -> new IllegalArgumentException("no key " + keyId
          + "; see 'kenmon keys list'"));
      if (!k.active()) {
        throw new IllegalStateException("key " + keyId + " (" + k.name() + ") is already revoked, at "
            + k.revokedAt() + " by " + k.revokedBy());
      }
      Map<String, Object> payload = CanonicalJson.map();
      payload.put("key_id", k.keyId());
      payload.put("name", k.name());
      payload.put("role", k.role().code());
      tx.audit(actor, AuditAction.KEY_REVOKED, "key:" + k.keyId(), payload);
      try (PreparedStatement ps = tx.connection().prepareStatement(
          "UPDATE api_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")) {
        AuditedTable.setInstant(ps, 1, tx.now());
        ps.setString(2, actor);
        ps.setLong(3, k.id());
        if (ps.executeUpdate() != 1) {
          throw new SQLException("key " + keyId + " changed during its own transaction");
        }
      }
      return new ApiKey(k.id(), k.keyId(), k.name(), k.role(), k.keySha256(), k.createdAt(), k.createdBy(), tx.now(),
          actor);
    });
  }

  /** Every key, revoked ones included, oldest first. */
  public List<ApiKey> list() {
    try {
      return list(store.connection());
    } catch (SQLException e) {
      throw new StoreException("cannot read the keys of " + store.location().display() + ": " + e.getMessage(), e);
    }
  }

  /** The key id of a presented key, or empty when it does not have the shape of a Kenmon key. */
  public static Optional<String> keyIdOf(String presented) {
    if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
      return Optional.empty();
    }
    int end = presented.indexOf('_', PREFIX.length());
    if (end != PREFIX.length() + 2 * KEY_ID_BYTES) {
      return Optional.empty();
    }
    return Optional.of(presented.substring(PREFIX.length(), end));
  }

  /** Whether {@code presented} is {@code key}: SHA-256 compared in constant time. */
  public static boolean matches(ApiKey key, String presented) {
    byte[] expected = key.keySha256().getBytes(StandardCharsets.US_ASCII);
    byte[] actual = Hashing.sha256(presented).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("give the key a name (--name): who or what will use it");
    }
    String n = name.trim();
    if (n.length() > MAX_NAME_CHARS) {
      throw new IllegalArgumentException("a key name has at most " + MAX_NAME_CHARS + " characters, this has "
          + n.length());
    }
    if (n.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a key name may not hold control characters");
    }
    return n;
  }

  private static Optional<ApiKey> find(java.sql.Connection c, String keyId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE key_id = ?")) {
      ps.setString(1, keyId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(key(rs)) : Optional.empty();
      }
    }
  }

  private static List<ApiKey> list(java.sql.Connection c) throws SQLException {
    List<ApiKey> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(key(rs));
      }
    }
    return out;
  }

  private static ApiKey key(ResultSet rs) throws SQLException {
    return new ApiKey(rs.getLong("id"), rs.getString("key_id"), rs.getString("name"),
        KeyRole.parse(rs.getString("role")), rs.getString("key_sha256"), AuditedTable.getInstant(rs, "created_at"),
        rs.getString("created_by"), AuditedTable.getInstant(rs, "revoked_at"), rs.getString("revoked_by"));
  }
}
