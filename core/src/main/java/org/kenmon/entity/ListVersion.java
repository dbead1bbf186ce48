package org.kenmon.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated import of a sanctions list: which list, from which format, as of which date, the
 * SHA-256 of the content it was read from, and its entries. Immutable.
 */
public record ListVersion(String listId, String title, String format, LocalDate asOf, String sha256,
    List<ListEntry> entries) {
  public ListVersion {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(sha256, "sha256");
    entries = List.copyOf(entries);
  }

  /** "un-sc@2026-02-27#1a2b3c4d5e6f": names a version in verdict stamps. */
  public String label() {
    return listId + "@" + asOf + "#" + sha256.substring(0, 12);
  }
}
