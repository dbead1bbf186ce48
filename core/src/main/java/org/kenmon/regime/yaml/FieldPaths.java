package org.kenmon.regime.yaml;

import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Resolves field paths such as {@code validity[3].from} or {@code scope.goods.hs} against a YAML
 * node, so that an {@code unconfirmed} entry cannot silently name nothing.
 */
final class FieldPaths {
  private FieldPaths() {}

  /** Every field name the regime schema knows; an absent field may still be marked unconfirmed. */
  private static final Set<String> SCHEMA_FIELDS = Set.of(
      "id", "title", "kind", "effect", "scope", "thresholds", "exceptions", "legal_basis", "sources", "related",
      "validity", "notes", "note", "unconfirmed", "from", "to", "decided_on", "direction", "destination", "origin", "involving",
      "goods", "parties", "vessels", "via_third_countries", "condition", "all", "hs", "categories", "except_hs", "lists",
      "nationality", "residence", "roles", "flags", "flags_except", "called_at", "listed", "names", "what",
      "amount", "currency", "unit", "comparator", "per", "when", "purpose", "items", "items_ja");

  static boolean resolves(Node root, String path) {
    Node node = root;
    String[] segments = path.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      int index = -1;
      int bracket = segment.indexOf('[');
      if (bracket >= 0) {
        if (!segment.endsWith("]")) {
          return false;
        }
        try {
          index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
        } catch (NumberFormatException e) {
          return false;
        }
        segment = segment.substring(0, bracket);
      }
      Node child = child(node, segment);
      if (child == null) {
        // An absent field may be unconfirmed ("decided_on unknown"), but only a real schema field,
        // and only at the end of the path.
        return index < 0 && i == segments.length - 1 && SCHEMA_FIELDS.contains(segment);
      }
      if (index >= 0) {
        if (!(child instanceof SequenceNode) || index >= ((SequenceNode) child).getValue().size()) {
          return false;
        }
        child = ((SequenceNode) child).getValue().get(index);
      }
      node = child;
    }
    return true;
  }

  /** The text of a scalar field of a mapping node, or null. */
  static String scalar(Node node, String key) {
    Node child = child(node, key);
    return child instanceof ScalarNode && !YamlFields.isNull(child) ? ((ScalarNode) child).getValue().strip() : null;
  }

  private static Node child(Node node, String key) {
    if (!(node instanceof MappingNode)) {
      return null;
    }
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
        return t.getValueNode();
      }
    }
    return null;
  }
}
