package org.kenmon.store.holds;

import java.time.Instant;
import java.time.LocalDate;
import org.kenmon.screen.Outcome;

/**
 * A transaction kept from going ahead, identified by its id and the hash of the record as read.
 * {@code status} to {@code updatedAt} are those of its latest event.
 *
 * @param asOf the fixed date it is judged on, or null for its own date
 * @param source where it was read ({@code file:line})
 * @param transactionJson the transaction as a JSON Lines record ({@link TransactionJson})
 * @param stateKey the data state it was last screened against
 * @param verdictId the verdict of its latest event
 */
public record Hold(long id, String transactionId, String inputHash, String type, LocalDate date, LocalDate asOf,
    String source, String transactionJson, Instant heldAt, HoldStatus status, String stateKey, long verdictId,
    Outcome outcome, Instant updatedAt) {}
