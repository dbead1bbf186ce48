package org.kenmon.server.auth;

import org.kenmon.store.keys.KeyRole;

/** Who is calling: the key presented (or the key the session was signed in with). */
public record Principal(String keyId, String name, KeyRole role) {
  /** What the audit log records as the actor: {@code key:<name>}. */
  public String actor() {
    return "key:" + name;
  }
}
