package org.kenmon.regime.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML mapping field by field. Every accessor reports a bad value as a located problem
 * and returns null (or an empty list) instead of throwing, so that a reader finds all problems of
 * a file in one pass. {@link #finish(String)} reports the fields nobody asked for: the schema is closed.
 *
 * <p>Public so that formats embedding regime parts (agreement files, {@link RegimeParts}) read their own
 * fields the same way.
 */
public final class YamlFields {

  private final YamlProblems problems;
  private final Node node;
  private final String path;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> read = new LinkedHashSet<>();

  private YamlFields(YamlProblems problems, Node node, String path) {
    this.problems = problems;
    this.node = node;
    this.path = path;
    if (node instanceof MappingNode) {
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode)) {
          problems.error(keyNode, path, "field names must be plain text");
          continue;
        }
        String key = ((ScalarNode) keyNode).getValue();
        if (entries.containsKey(key)) {
          problems.error(keyNode, field(key), "duplicate field (first at line "
              + (entries.get(key).getKeyNode().getStartMark().getLine() + 1) + ")");
          continue;
        }
        entries.put(key, tuple);
      }
    } else if (node != null && !isNull(node)) {
      problems.error(node, path, "expected a mapping of fields, found " + describe(node));
    }
  }

  /** Wraps a node expected to be a mapping; anything else is reported and read as empty. */
  public static YamlFields of(YamlProblems problems, Node node, String path) {
    return new YamlFields(problems, node, path);
  }

  public String path() {
    return path;
  }

  public Node node() {
    return node;
  }

  public String field(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public boolean has(String key) {
    NodeTuple t = entries.get(key);
    return t != null && !isNull(t.getValueNode());
  }

  /** The value node of a field, or null when absent or null; marks the field as read. */
  public Node value(String key) {
    read.add(key);
    NodeTuple t = entries.get(key);
    return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
  }

  /** Where to point for a problem about this field: its value, its key, or the mapping itself. */
  public Node at(String key) {
    NodeTuple t = entries.get(key);
    return t != null ? t.getValueNode() : node;
  }

  public String text(String key, boolean required) {
    Node v = value(key);
    if (v == null) {
      if (required) {
        problems.error(node, field(key), "required field is missing");
      }
      return null;
    }
    if (!(v instanceof ScalarNode)) {
      problems.error(v, field(key), "expected text, found " + describe(v));
      return null;
    }
    String s = ((ScalarNode) v).getValue().strip();
    if (s.isEmpty() && required) {
      problems.error(v, field(key), "must not be empty");
      return null;
    }
    return s;
  }

  public LocalDate date(String key, boolean required) {
    String s = text(key, required);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      problems.error(at(key), field(key), "\"" + s + "\" is not a date (expected YYYY-MM-DD)");
      return null;
    }
  }

  BigDecimal decimal(String key, boolean required) {
    String s = text(key, required);
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      problems.error(at(key), field(key), "\"" + s + "\" is not a number");
      return null;
    }
  }

  public boolean bool(String key) {
    String s = text(key, false);
    if (s == null) {
      return false;
    }
    if (s.equals("true") || s.equals("false")) {
      return Boolean.parseBoolean(s);
    }
    problems.error(at(key), field(key), "\"" + s + "\" is not true or false");
    return false;
  }

  /**
   * A value from a closed vocabulary. {@code parse} returns null for unknown text, which is then
   * reported with the allowed values.
   */
  public <E> E oneOf(String key, boolean required, Function<String, E> parse, String allowed) {
    String s = text(key, required);
    if (s == null) {
      return null;
    }
    E e = parse.apply(s);
    if (e == null) {
      problems.error(at(key), field(key), "unknown value \"" + s + "\"; expected one of: " + allowed);
    }
    return e;
  }

  /** A list of text values; a single scalar is read as a list of one. */
  public List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    for (Item item : items(key, true)) {
      String s = item.text();
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The elements of a sequence field, each with its own path such as {@code hs[2]}. */
  public List<Item> items(String key, boolean scalarAsList) {
    Node v = value(key);
    List<Item> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v instanceof SequenceNode) {
      List<Node> elements = ((SequenceNode) v).getValue();
      for (int i = 0; i < elements.size(); i++) {
        out.add(new Item(elements.get(i), field(key) + "[" + i + "]"));
      }
    } else if (scalarAsList && v instanceof ScalarNode) {
      out.add(new Item(v, field(key)));
    } else {
      problems.error(v, field(key), "expected a list, found " + describe(v));
    }
    return out;
  }

  /** The entries of a mapping field whose keys are ids (catalogues such as {@code sources}). */
  Map<String, Item> entries(String key) {
    Node v = value(key);
    Map<String, Item> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    YamlFields inner = of(problems, v, field(key));
    for (String id : inner.entries.keySet()) {
      out.put(id, new Item(inner.value(id), field(key) + "." + id, inner.entries.get(id).getKeyNode()));
    }
    return out;
  }

  public YamlFields object(String key) {
    Node v = value(key);
    return v == null ? null : of(problems, v, field(key));
  }

  /** Reports every field that no accessor read: the schema is closed, so typos do not pass. */
  public void finish(String allowedHint) {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!read.contains(e.getKey())) {
        problems.error(e.getValue().getKeyNode(), field(e.getKey()),
            "unknown field; allowed here: " + allowedHint);
      }
    }
  }

  static boolean isNull(Node n) {
    return n instanceof ScalarNode && n.getTag().equals(Tag.NULL);
  }

  static String describe(Node n) {
    if (n instanceof MappingNode) {
      return "a mapping";
    }
    if (n instanceof SequenceNode) {
      return "a list";
    }
    return "\"" + ((ScalarNode) n).getValue() + "\"";
  }

  /** One element of a list or catalogue, with its path. */
  public final class Item {
    final Node node;
    final String path;
    final Node keyNode;

    Item(Node node, String path) {
      this(node, path, null);
    }

    Item(Node node, String path, Node keyNode) {
      this.node = node;
      this.path = path;
      this.keyNode = keyNode;
    }

    /** The element's node. */
    public Node node() {
      return node;
    }

    /** The element's path, such as {@code hs[2]}. */
    public String path() {
      return path;
    }

    public String text() {
      if (node == null || isNull(node)) {
        problems.error(keyNode != null ? keyNode : YamlFields.this.node, path, "must not be empty");
        return null;
      }
      if (!(node instanceof ScalarNode)) {
        problems.error(node, path, "expected text, found " + describe(node));
        return null;
      }
      return ((ScalarNode) node).getValue().strip();
    }

    public YamlFields fields() {
      return of(problems, node, path);
    }
  }
}
