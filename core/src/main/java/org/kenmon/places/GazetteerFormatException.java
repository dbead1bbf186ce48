package org.kenmon.places;

import java.util.List;
import java.util.stream.Collectors;
import org.kenmon.problems.Problem;

/**
 * A gazetteer file that cannot be used. Carries every problem found (not only the first), each
 * with file, line, column and field, and lists them in the message in the {@code
 * file:line:column: error: field: message} form that editors and CI logs link to.
 */
public final class GazetteerFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * @throws IllegalArgumentException if problems is empty
   */
  public GazetteerFormatException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a GazetteerFormatException needs at least one problem");
    }
    return problems.size() + " problem(s) in gazetteer " + problems.get(0).file() + ":\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
