package org.kenmon.transaction.read;

import org.kenmon.transaction.Transaction;

/** What reading one record gave: a transaction, or a reject. Exactly one is non-null. */
public record ReadOutcome(Transaction transaction, Reject reject) {
  public static ReadOutcome of(Transaction t) {
    return new ReadOutcome(t, null);
  }

  public static ReadOutcome rejected(Reject r) {
    return new ReadOutcome(null, r);
  }

  public boolean isRejected() {
    return reject != null;
  }
}
