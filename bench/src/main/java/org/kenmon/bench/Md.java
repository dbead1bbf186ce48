package org.kenmon.bench;

import java.util.Locale;

/** Markdown table rows and number formats shared by the reports. */
public final class Md {
  private Md() {}

  /** {@code | a | b | c |}. */
  public static String row(Object... cells) {
    StringBuilder s = new StringBuilder("|");
    for (Object c : cells) {
      s.append(' ').append(c).append(" |");
    }
    return s.append('\n').toString();
  }

  /** The header row and its separator. */
  public static String header(String... names) {
    StringBuilder sep = new StringBuilder("|");
    for (int i = 0; i < names.length; i++) {
      sep.append(i == 0 ? " --- |" : " ---: |");
    }
    return row((Object[]) names) + sep + "\n";
  }

  /** Two decimals. */
  public static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Three decimals. */
  public static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** A share as a percentage with two decimals. */
  public static String pct(double share) {
    return String.format(Locale.ROOT, "%.2f %%", 100 * share);
  }

  /** A count with thousands separators. */
  public static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** Text safe inside a table cell. */
  public static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }
}
