package org.kenmon.store;

/**
 * The store cannot be opened, read or written: the database is unreachable or in use, the schema
 * is newer than this Kenmon, or a statement failed. The message says which store and what failed.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
