package org.kenmon.entity;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier of a list entry or a party: type, value as published, the value normalised for
 * comparison (upper case, no spaces, dashes or dots), and optionally the issuing country.
 */
public record Identifier(IdentifierType type, String value, String country) {
  public Identifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  public static Identifier of(IdentifierType type, String value) {
    return new Identifier(type, value, null);
  }

  /**
   * The value folded for exact comparison: "KP 123-456." and "kp123456" are the same; IMO and
   * MMSI numbers keep their digits only ("IMO 8660313" is 8660313); crypto addresses are case
   * sensitive and kept as written.
   */
  public String key() {
    if (type == IdentifierType.CRYPTO_ADDRESS) {
      return value.trim();
    }
    boolean digitsOnly = type == IdentifierType.IMO || type == IdentifierType.MMSI;
    StringBuilder s = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (digitsOnly ? Character.isDigit(c) : Character.isLetterOrDigit(c)) {
        s.append(c);
      }
    }
    return s.toString().toUpperCase(Locale.ROOT);
  }
}
