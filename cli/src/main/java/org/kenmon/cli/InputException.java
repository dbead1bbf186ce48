package org.kenmon.cli;

/** A problem with the user's input files or data; reported in one line, exit code 3. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
