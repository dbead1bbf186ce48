package org.kenmon.store.audit;

/**
 * One thing {@link AuditLog#verify} found wrong, with the sequence number of the audit record it
 * concerns and, for a row of an audited table, the table and row id.
 *
 * @param seq the audit record concerned; null when none is (a row no record vouches for)
 * @param table the audited table, or null for the log itself
 * @param rowId the row's id, or null
 */
public record AuditProblem(Kind kind, Long seq, String table, Long rowId, String message) {
  /** What kind of damage was found. */
  public enum Kind {
    /** A record's fields no longer give its stored hash. */
    EDITED,
    /** Records are missing: a gap in the sequence, or fewer records than the head says. */
    DELETED,
    /** A record links to a record other than the one before it: records were moved. */
    REORDERED,
    /** A record links to a hash no record has: the record before it was rewritten and rehashed. */
    REWRITTEN,
    /** The head (last sequence number and hash) disagrees with the last record. */
    HEAD,
    /** A row's sealed columns differ from what its audit record recorded. */
    ROW_EDITED,
    /** An audit record names a row that is not in its table. */
    ROW_DELETED,
    /** A row that no audit record vouches for: inserted by hand, or its audit_seq changed. */
    ROW_UNRECORDED,
    /** A row's current columns (a hold's status) disagree with its history. */
    ROW_STATE
  }

  /** One line: {@code seq 17: EDITED: …}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (seq != null) {
      s.append("seq ").append(seq).append(": ");
    } else if (table != null) {
      s.append(table).append(' ').append(rowId).append(": ");
    }
    return s.append(kind).append(": ").append(message).toString();
  }
}
