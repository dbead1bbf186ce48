package org.kenmon.places;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kenmon.problems.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to composed YAML nodes for {@link GazetteerReader}: every accessor that meets a value
 * of the wrong shape records a {@link Problem} at the node (file, line, column, field) and returns
 * null or empty, so that reading goes on and all problems of a file are reported at once.
 */
final class YamlNodes {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  YamlNodes(String file) {
    this.file = file;
  }

  List<Problem> problems() {
    return problems;
  }

  Double number(Node node, String field, double min, double max) {
    String text = scalar(node, field);
    if (text == null) {
      return null;
    }
    try {
      double v = Double.parseDouble(text);
      if (!(v >= min && v <= max)) {
        error(node, field, "value " + text + " is outside [" + (int) min + ", " + (int) max + "]");
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      error(node, field, "'" + text + "' is not a number in decimal degrees");
      return null;
    }
  }
  <E extends Enum<E>> E enumValue(Node node, String field, Class<E> type) {
    String text = scalar(node, field);
    if (text == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    error(node, field, "'" + text + "' is not one of " + EnumSet.allOf(type));
    return null;
  }
  String required(Map<String, Node> f, Node place, String p, String field) {
    String v = scalar(f.get(field), p + "." + field);
    if (v == null || v.isBlank()) {
      error(f.getOrDefault(field, place), p + "." + field, "missing field " + field);
      return null;
    }
    return v;
  }
  List<String> strings(Node node, String field) {
    List<String> out = new ArrayList<>();
    for (Node n : nodes(node, field)) {
      String s = scalar(n, field);
      if (s == null || s.isBlank()) {
        error(n, field, "empty entry");
      } else {
        out.add(s);
      }
    }
    return out;
  }
  List<Node> nodes(Node node, String field) {
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode)) {
      error(node, field, "must be a list");
      return List.of();
    }
    return ((SequenceNode) node).getValue();
  }
  /** A scalar's text, or null for an absent or null node. */
  String scalar(Node node, String field) {
    if (node == null || isNull(node)) {
      return null;
    }
    if (!(node instanceof ScalarNode)) {
      error(node, field, "must be a single value");
      return null;
    }
    return ((ScalarNode) node).getValue().strip();
  }
  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }
  /** The fields of a mapping, reporting unknown and duplicate keys. */
  Map<String, Node> fields(MappingNode node, Set<String> allowed, String path) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : node.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode)) {
        error(t.getKeyNode(), path, "keys must be plain words");
        continue;
      }
      String key = ((ScalarNode) t.getKeyNode()).getValue();
      String at = path.isEmpty() ? key : path + "." + key;
      if (!allowed.contains(key)) {
        error(t.getKeyNode(), at, "unknown field '" + key + "' (known: " + String.join(", ", new TreeSet<>(allowed)) + ")");
      } else if (out.containsKey(key)) {
        error(t.getKeyNode(), at, "field '" + key + "' given twice (first at line " + line(out.get(key)) + ")");
      } else {
        out.put(key, t.getValueNode());
      }
    }
    return out;
  }
  void error(Node at, String field, String message) {
    Mark mark = at == null ? null : at.getStartMark();
    problems.add(new Problem(Problem.Severity.ERROR, file, mark == null ? 0 : mark.getLine() + 1,
        mark == null ? 0 : mark.getColumn() + 1, field, message));
  }
  static int line(Node node) {
    return node == null ? 0 : node.getStartMark().getLine() + 1;
  }
}
