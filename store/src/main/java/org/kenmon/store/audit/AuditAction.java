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
  HOLD_RELEASED_BY_HAND("hold.released_by_hand"),
  /** An API key of the service made ({@code kenmon keys create}); the row is sealed by it. */
  KEY_CREATED("key.created"),
  /** An API key revoked: the service refuses it from then on. */
  KEY_REVOKED("key.revoked"),
  /** An agreement file stored or replaced through the service. */
  AGREEMENT_STORED("agreement.stored"),
  /** The service loaded regimes, agreements and list versions again (a data change it now serves). */
  DATA_RELOADED("data.reloaded");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
