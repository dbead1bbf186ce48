package org.kenmon.store.keys;

import java.time.Instant;

/**
 * An API key as stored: never the key itself, only the SHA-256 of it.
 *
 * @param id the row id
 * @param keyId the public part of the key ({@code kenmon_<keyId>_<secret>}), used to find it
 * @param name who or what holds it; the audit log names this as the actor of what the key does
 * @param createdBy who made it (the operating-system account running {@code kenmon keys create})
 * @param revokedAt null while the key is valid
 */
public record ApiKey(long id, String keyId, String name, KeyRole role, String keySha256, Instant createdAt,
    String createdBy, Instant revokedAt, String revokedBy) {

  public boolean active() {
    return revokedAt == null;
  }

  /** The name the audit log records for what this key does: {@code key:<name>}. */
  public String actor() {
    return "key:" + name;
  }
}
