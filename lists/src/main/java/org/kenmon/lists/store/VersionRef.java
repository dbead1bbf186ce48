package org.kenmon.lists.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A parsed reference to stored versions: list id, as-of date and hash prefix, each optional. A
 * bare word is a list id or, if it is 4 to 64 hex digits, a hash prefix; a list id that looks
 * like hex ({@code beef}) matches as either.
 */
record VersionRef(String listId, LocalDate asOf, String hashPrefix, String bare) {

  static VersionRef parse(String ref) {
    String r = ref.strip();
    String hash = null;
    int hashAt = r.indexOf('#');
    if (hashAt >= 0) {
      hash = r.substring(hashAt + 1).toLowerCase(Locale.ROOT);
      r = r.substring(0, hashAt);
    }
    LocalDate date = null;
    int at = r.indexOf('@');
    if (at >= 0) {
      try {
        date = LocalDate.parse(r.substring(at + 1));
      } catch (DateTimeParseException e) {
        throw new ListStoreException("\"" + ref + "\": \"" + r.substring(at + 1) + "\" is not a date (YYYY-MM-DD)");
      }
      r = r.substring(0, at);
    }
    if (hash == null && date == null) {
      return new VersionRef(null, null, null, r);
    }
    return new VersionRef(r.isEmpty() ? null : r, date, hash, null);
  }

  boolean matches(StoredVersion v) {
    if (bare != null) {
      return v.listId().equals(bare) || (bare.matches("[0-9a-fA-F]{4,64}")
          && v.sha256().startsWith(bare.toLowerCase(Locale.ROOT)));
    }
    return (listId == null || v.listId().equals(listId))
        && (asOf == null || v.asOf().equals(asOf))
        && (hashPrefix == null || v.sha256().startsWith(hashPrefix));
  }
}
