package org.kenmon.lists.internal;

import java.util.ArrayList;
import java.util.List;

/** Small text clean-ups every reader needs. */
public final class Texts {
  private Texts() {}

  /**
   * Trims, collapses runs of whitespace (lists wrap names and numbers over lines), and maps blank
   * and the OFAC null marker {@code -0-} to null.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.isEmpty() || t.equals("-0-")) {
      return null;
    }
    return t.replaceAll("\\s+", " ");
  }

  /** Splits on a separator, cleaning each part and dropping blank ones. */
  public static List<String> split(String text, char separator) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == separator) {
        String part = clean(text.substring(start, i));
        if (part != null) {
          out.add(part);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Text quoted in a message, cut to a readable length. */
  public static String quote(String text) {
    String t = text == null ? "" : text;
    return "\"" + (t.length() > 80 ? t.substring(0, 77) + "..." : t) + "\"";
  }
}
