package org.kenmon.lists.un;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kenmon.lists.ListLimitException;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ReadLimits;

/**
 * Streams a UN consolidated list: checks the root, returns its {@code dateGenerated}, and passes
 * each {@code INDIVIDUAL} and {@code ENTITY} element, as a small tree, to a consumer. Only one
 * record is held in memory at a time.
 *
 * <p>Refuses any DOCTYPE, so no entity can be declared and no external resource is ever fetched
 * (XXE); the JDK parser is asked not to support DTDs or external entities as well.
 */
final class UnXmlParser {
  static final String ROOT = "CONSOLIDATED_LIST";

  private final String file;
  private final ReadLimits limits;

  UnXmlParser(String file, ReadLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** A record element and the root's {@code dateGenerated} attribute, null if absent. */
  interface Handler {
    void root(String dateGenerated);

    void record(XmlNode node);
  }

  void parse(InputStream in, Handler handler) {
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(in);
      walk(r, handler);
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof ListReadException) {
        throw (ListReadException) e.getCause();
      }
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new ListReadException(file, line, "not well-formed XML: " + message(e), e);
    } finally {
      close(r);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }

  private void walk(XMLStreamReader r, Handler handler) throws XMLStreamException {
    Deque<Builder> open = new ArrayDeque<>();
    int depth = 0;
    boolean rootSeen = false;
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.DTD:
          throw new ListReadException(file, r.getLocation().getLineNumber(),
              "DOCTYPE declarations are refused (they can declare entities that read local files or the network)");
        case XMLStreamConstants.START_ELEMENT:
          depth++;
          int line = r.getLocation().getLineNumber();
          if (depth > limits.maxXmlDepth()) {
            throw new ListLimitException(file, line, "maxXmlDepth", "element nesting " + depth, limits.maxXmlDepth());
          }
          String name = r.getLocalName();
          if (!rootSeen) {
            if (!name.equals(ROOT)) {
              throw new ListReadException(file, line, "not a UN consolidated list: the root element is <" + name
                  + ">, expected <" + ROOT + ">");
            }
            rootSeen = true;
            handler.root(r.getAttributeValue(null, "dateGenerated"));
          } else if (!open.isEmpty() || name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
            open.push(new Builder(name, line));
          }
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
          if (!open.isEmpty()) {
            Builder b = open.peek();
            b.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            if (b.text.length() > limits.maxTextChars()) {
              throw new ListLimitException(file, r.getLocation().getLineNumber(), "maxTextChars",
                  "text of <" + b.name + "> of " + b.text.length() + "+ characters", limits.maxTextChars());
            }
          }
          break;
        case XMLStreamConstants.END_ELEMENT:
          depth--;
          if (!open.isEmpty()) {
            XmlNode node = open.pop().build();
            if (open.isEmpty()) {
              handler.record(node);
            } else {
              open.peek().children.add(node);
            }
          }
          break;
        default:
          break;
      }
    }
  }

  private static String message(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int at = m.indexOf("Message: ");
    return at >= 0 ? m.substring(at + 9) : m;
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // Nothing more can be read or reported from a reader that failed to close.
      }
    }
  }

  private static final class Builder {
    final String name;
    final int line;
    final StringBuilder text = new StringBuilder();
    final List<XmlNode> children = new ArrayList<>();

    Builder(String name, int line) {
      this.name = name;
      this.line = line;
    }

    XmlNode build() {
      return new XmlNode(name, line, children.isEmpty() ? text.toString() : "", children);
    }
  }
}
