package org.kenmon.store.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.kenmon.stamp.Hashing;

/**
 * One record of the audit log. {@code hash} is the hex SHA-256 of {@code prevHash + "\n" +
 * canonical()}, so each record seals the whole log before it.
 *
 * @param seq position in the log, from 1, without gaps
 * @param recordedAt when it was written, to the millisecond
 * @param actor who did it: a person's name (a release by hand) or the account that ran kenmon
 * @param action what happened, e.g. {@code verdict.stored} ({@link AuditAction})
 * @param subject what it happened to, e.g. {@code hold:12}; may be null
 * @param payload the details, canonical JSON ({@link CanonicalJson})
 * @param prevHash the hash of record {@code seq - 1}; {@link #GENESIS} for the first
 */
public record AuditRecord(long seq, Instant recordedAt, String actor, String action, String subject, String payload,
    String prevHash, String hash) {
  /** The previous hash of record 1: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);
  /** The first element of the canonical form; a new form gets a new name, and verify knows both. */
  public static final String FORMAT = "kenmon-audit-1";

  public AuditRecord {
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(prevHash, "prevHash");
  }

  /** A new record following {@code prevHash}, its hash computed. */
  public static AuditRecord seal(long seq, Instant recordedAt, String actor, String action, String subject,
      String payload, String prevHash) {
    String hash = hashOf(prevHash, canonical(seq, recordedAt, actor, action, subject, payload));
    return new AuditRecord(seq, recordedAt, actor, action, subject, payload, prevHash, hash);
  }

  /**
   * The canonical form: the JSON array {@code ["kenmon-audit-1", seq, recorded_at, actor, action,
   * subject, payload]}, the time as ISO-8601 UTC ({@link Instant#toString}). JSON's quoting keeps
   * the fields apart, so no edit can move text from one field to another unseen.
   */
  public static String canonical(long seq, Instant recordedAt, String actor, String action, String subject,
      String payload) {
    return CanonicalJson.write(Arrays.asList(FORMAT, seq, recordedAt.toString(), actor, action, subject, payload));
  }

  static String hashOf(String prevHash, String canonical) {
    return Hashing.sha256(prevHash + "\n" + canonical);
  }

  /** The hash this record's fields give, whatever its stored hash says. */
  public String recomputedHash() {
    return recomputedHash(seq);
  }

  /** The hash the record would have at another position: tells a moved record from an edited one. */
  String recomputedHash(long atSeq) {
    return hashOf(prevHash, canonical(atSeq, recordedAt, actor, action, subject, payload));
  }
}
