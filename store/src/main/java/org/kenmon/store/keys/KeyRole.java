package org.kenmon.store.keys;

import java.util.Locale;

/**
 * What a key of the service may do, each role including the ones before it: a {@link #VIEWER}
 * reads (regimes, agreements, lists, holds, the audit check), a {@link #SCREENER} also submits
 * transactions and names for screening and rescreens the holds, an {@link #ADMIN} also changes
 * what the service judges against (list versions, agreements, reloading regimes) and releases
 * holds by hand. docs/service.md has the table.
 */
public enum KeyRole {
  VIEWER,
  SCREENER,
  ADMIN;

  /** The spelling in the store, the CLI and the API. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this role may do what {@code needed} may. */
  public boolean includes(KeyRole needed) {
    return ordinal() >= needed.ordinal();
  }

  /**
   * The role of a code ({@code viewer}, {@code screener}, {@code admin}, any case).
   *
   * @throws IllegalArgumentException naming the accepted codes
   */
  public static KeyRole parse(String code) {
    if (code != null) {
      for (KeyRole r : values()) {
        if (r.code().equalsIgnoreCase(code.trim())) {
          return r;
        }
      }
    }
    throw new IllegalArgumentException("unknown role \"" + code + "\"; expected viewer, screener or admin");
  }
}
