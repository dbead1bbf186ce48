package org.kenmon.server.auth;

import io.javalin.security.RouteRole;
import org.kenmon.store.keys.KeyRole;

/** Who may use a route: anyone, or a key (or a session signed in with one) of at least a role. */
public enum Access implements RouteRole {
  PUBLIC(null),
  VIEWER(KeyRole.VIEWER),
  SCREENER(KeyRole.SCREENER),
  ADMIN(KeyRole.ADMIN);

  private final KeyRole role;

  Access(KeyRole role) {
    this.role = role;
  }

  /** The role needed, or null for a public route. */
  public KeyRole role() {
    return role;
  }

  /** Whether a caller with {@code have} (null: nobody signed in) may pass. */
  public boolean allows(KeyRole have) {
    return role == null || have != null && have.includes(role);
  }
}
