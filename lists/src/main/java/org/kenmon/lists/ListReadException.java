package org.kenmon.lists;

/**
 * An input that cannot be read at all: a missing file, XML that is not well-formed, a DTD, a CSV
 * header with unknown columns. Records that are merely bad are reported as problems instead (see
 * {@link ListReadResult}). The message starts with {@code file:line:} when the line is known.
 */
public class ListReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public ListReadException(String file, int line, String message) {
    this(file, line, message, null);
  }

  public ListReadException(String file, int line, String message, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
    this.file = file;
    this.line = line;
  }

  /** The file name as given to the reader. */
  public String file() {
    return file;
  }

  /** The 1-based line, 0 when unknown. */
  public int line() {
    return line;
  }
}
