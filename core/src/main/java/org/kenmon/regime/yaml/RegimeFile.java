package org.kenmon.regime.yaml;

import java.util.List;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Regime;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What reading one regime file gave: the regime (null when the file could not be read at all),
 * its problems, and the references to other measures that only a check across files can resolve.
 */
public record RegimeFile(Regime regime, List<Problem> problems, List<Reference> references, List<Reference> definitions) {

  public RegimeFile {
    problems = List.copyOf(problems);
    references = List.copyOf(references);
    definitions = List.copyOf(definitions);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** A measure id named (or defined) at a place in a file. */
  public record Reference(String id, String file, int line, int column, String field) {
    Reference(String id, String file, Node at, String field) {
      this(id, file, at.getStartMark().getLine() + 1, at.getStartMark().getColumn() + 1, field);
    }
  }
}
