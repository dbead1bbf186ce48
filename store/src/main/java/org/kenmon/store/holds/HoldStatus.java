package org.kenmon.store.holds;

/** Whether a transaction is still kept from going ahead. */
public enum HoldStatus {
  HELD,
  RELEASED
}
