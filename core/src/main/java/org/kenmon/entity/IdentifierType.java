package org.kenmon.entity;

import java.util.Locale;

/**
 * Kinds of identifier. An exact match of a strong identifier (IMO, passport, national id, crypto
 * address, SWIFT/BIC) decides a match at once.
 */
public enum IdentifierType {
  IMO(true),
  PASSPORT(true),
  NATIONAL_ID(true),
  CRYPTO_ADDRESS(true),
  SWIFT_BIC(true),
  MMSI(true),
  REGISTRATION(true),
  CALL_SIGN(false),
  EMAIL(false),
  PHONE(false),
  WEBSITE(false),
  OTHER(false);

  private final boolean decisive;

  IdentifierType(boolean decisive) {
    this.decisive = decisive;
  }

  /** Whether an exact match of this identifier alone is enough to decide a match. */
  public boolean decisive() {
    return decisive;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
