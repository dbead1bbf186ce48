package org.kenmon.goods;

import java.util.List;
import java.util.stream.Collectors;
import org.kenmon.problems.Problem;

/**
 * A goods data file (nomenclature, brands, product lexicon) has rows that cannot be used. Every
 * problem names file, line and field; all problems of a file are collected before this is thrown,
 * so one run shows them all.
 */
public final class GoodsDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  private final transient List<Problem> problems;

  GoodsDataException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    String shown =
        problems.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("\n  "));
    String more = problems.size() > SHOWN ? "\n  … and " + (problems.size() - SHOWN) + " more" : "";
    return "goods data invalid (" + problems.size() + " problem(s)):\n  " + shown + more;
  }
}
