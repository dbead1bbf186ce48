package org.kenmon.store.audit;

/** The actions the audit log records; stored as {@link #code()}. */
public enum AuditAction {
  /** A data state (regimes, list versions, agreement, engine) seen for the first time. */
  DATA_STATE("data.state"),
  /** A list version imported into the data directory. */
  LISTS_IMPORTED("lists.imported"),
  RUN_STARTED("run.started"),
  RUN_FINISHED("run.finished"),
  VERDICT_STORED("verdict.stored"),
  HOLD_HELD("hold.held"),
  HOLD_RESCREENED("hold.rescreened"),
  HOLD_RELEASED("hold.released"),
  HOLD_RELEASED_BY_HAND("hold.released_by_hand");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
