package org.kenmon.lists.store;

/** A reference that matches no version or several, or a store file that cannot be read or written. */
public final class ListStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ListStoreException(String message) {
    super(message);
  }

  public ListStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
