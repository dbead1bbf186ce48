package org.kenmon.store.holds;

import org.kenmon.store.audit.AuditAction;

/** What happened to a hold; each event keeps the verdict that caused it. */
public enum HoldEventKind {
  /** Screened as PROHIBITED, LICENCE_REQUIRED or REVIEW and kept. */
  HELD(AuditAction.HOLD_HELD),
  /** Screened again against new data, and still needs action. */
  RESCREENED(AuditAction.HOLD_RESCREENED),
  /** Screened again against new data, and now lawful (CLEAR or REPORTABLE). */
  RELEASED(AuditAction.HOLD_RELEASED),
  /** Released by a person, who gave their name and the reason; the verdict is the one they overrode. */
  RELEASED_BY_HAND(AuditAction.HOLD_RELEASED_BY_HAND);

  private final AuditAction action;

  HoldEventKind(AuditAction action) {
    this.action = action;
  }

  public AuditAction action() {
    return action;
  }

  /** The hold's status after this event. */
  public HoldStatus status() {
    return this == RELEASED || this == RELEASED_BY_HAND ? HoldStatus.RELEASED : HoldStatus.HELD;
  }
}
