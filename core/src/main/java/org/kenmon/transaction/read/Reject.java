package org.kenmon.transaction.read;

import java.util.List;

/**
 * A record that could not be screened: where it is (file, line), what is wrong (each problem with
 * its field), and the record as read (cut to {@value #MAX_RECORD_CHARS} characters).
 */
public record Reject(String file, long line, String id, List<FieldProblem> problems, String record) {
  public static final int MAX_RECORD_CHARS = 2000;

  public Reject {
    problems = List.copyOf(problems);
    if (record != null && record.length() > MAX_RECORD_CHARS) {
      record = record.substring(0, MAX_RECORD_CHARS) + "…";
    }
  }

  /** One problem of a record: the field (a path such as {@code goods[1].hs}) and what is wrong. */
  public record FieldProblem(String field, String message) {}

  /** {@code file:line: field: message} for the first problem, and how many more there are. */
  @Override
  public String toString() {
    FieldProblem first = problems.get(0);
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
    return file + ":" + line + ": " + first.field() + ": " + first.message() + more;
  }
}
