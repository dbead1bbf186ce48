package org.kenmon.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for the server-rendered pages: every text that did not come from this code goes through here. */
final class Html {
  private Html() {}

  /** Text for an element or a quoted attribute. */
  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** A query-string value. */
  static String url(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  /** A link, only for http(s) URLs (a source URL from data is never trusted as a script). */
  static String link(String url, String text) {
    if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
      return esc(text);
    }
    return "<a href=\"" + esc(url) + "\" rel=\"noopener noreferrer\">" + esc(text) + "</a>";
  }

  /** An outcome badge: colour and the word, never colour alone. */
  static String outcome(String outcome) {
    String cls = outcome == null ? "CLEAR" : outcome;
    return "<span class=\"badge o-" + esc(cls) + "\">" + esc(outcome == null ? "" : outcome.replace('_', ' '))
        + "</span>";
  }
}
