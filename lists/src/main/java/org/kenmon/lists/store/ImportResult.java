package org.kenmon.lists.store;

import org.kenmon.lists.ListReadResult;

/**
 * The outcome of {@link ListStore#importVersion}: what the read found, and the stored version.
 *
 * @param version the version now stored (new, or the one already holding this content); null when
 *     nothing was loaded and so nothing stored
 */
public record ImportResult(ListReadResult read, StoredVersion version, Outcome outcome) {

  /** What the import did. */
  public enum Outcome {
    /** A new version was written. */
    STORED,
    /** The list already has a version read from the same content; nothing was written. */
    ALREADY_STORED,
    /** Every record was rejected or skipped; nothing was written. */
    NOTHING_LOADED
  }
}
