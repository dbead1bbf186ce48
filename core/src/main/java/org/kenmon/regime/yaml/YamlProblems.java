package org.kenmon.regime.yaml;

import java.util.ArrayList;
import java.util.List;
import org.kenmon.problems.Problem;
import org.kenmon.problems.Problem.Severity;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file, located at YAML nodes. */
public final class YamlProblems {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  public YamlProblems(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public void error(Node at, String field, String message) {
    add(Severity.ERROR, at, field, message);
  }

  public void warning(Node at, String field, String message) {
    add(Severity.WARNING, at, field, message);
  }

  void add(Severity severity, Node at, String field, String message) {
    Mark mark = at == null ? null : at.getStartMark();
    int line = mark == null ? 0 : mark.getLine() + 1;
    int column = mark == null ? 0 : mark.getColumn() + 1;
    problems.add(new Problem(severity, file, line, column, field, message));
  }

  void add(Problem p) {
    problems.add(p);
  }

  public List<Problem> list() {
    return problems;
  }
}
