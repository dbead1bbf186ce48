package org.kenmon.store.holds;

import java.time.Instant;
import org.kenmon.screen.Outcome;

/**
 * One event in a hold's history, with the verdict that caused it (for a release by hand, the
 * verdict the person overrode) as its JSON.
 *
 * @param runId the screening run, or null for a release by hand
 * @param reason why, for a release by hand; null otherwise
 */
public record HoldEvent(long id, long holdId, HoldEventKind kind, Instant recordedAt, String actor, String reason,
    Long runId, long verdictId, String stateKey, Outcome outcome, String verdictJson) {}
