package org.kenmon.lists.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A list version as the store knows it, from the header of its file: what it is, what it was read
 * from, and the counts of that read.
 *
 * @param sha256 SHA-256 of the content the version was read from (the source file, not the store
 *     file)
 * @param importedAt when it was stored; breaks ties between versions of the same as-of date
 * @param path the store file
 */
public record StoredVersion(String listId, String title, String format, LocalDate asOf, String sha256,
    int read, int loaded, int rejected, int skipped, Instant importedAt, Path path) {

  public StoredVersion {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(path, "path");
  }

  /** {@code un-sc@2026-02-27#66b392a40908}, the same label as the loaded version's. */
  public String label() {
    return listId + "@" + asOf + "#" + sha256.substring(0, 12);
  }
}
