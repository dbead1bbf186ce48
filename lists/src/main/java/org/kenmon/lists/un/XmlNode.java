package org.kenmon.lists.un;

import java.util.List;
import org.kenmon.lists.internal.Texts;

/** One element of a UN record, small enough to hold whole: name, start line, text, children. */
record XmlNode(String name, int line, String text, List<XmlNode> children) {
  XmlNode {
    children = List.copyOf(children);
  }

  List<XmlNode> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** The cleaned text of the first child with this name, or null. */
  String text(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        return Texts.clean(c.text);
      }
    }
    return null;
  }
}
