package org.kenmon.problems;

import java.util.Objects;

/**
 * Something wrong with an input, located precisely enough to fix it: the file, the line and column
 * (1-based; 0 when unknown), the field (a path such as {@code jp-kp-import-ban.validity[2].to}) and
 * what is wrong, repeating the bad value.
 */
public record Problem(Severity severity, String file, int line, int column, String field, String message) {

  /** Errors make an input unusable; warnings are worth a look but do not fail a check. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    field = field == null ? "" : field;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column: error: field: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
    if (!field.isEmpty()) {
      s.append(field).append(": ");
    }
    return s.append(message).toString();
  }
}
