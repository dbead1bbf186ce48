package org.kenmon.match.normalize;

import java.util.List;
import java.util.Map;

/**
 * Numbers written as words, ordinals and Roman numerals, turned into digits so that "Brigade
 * Forty-Four" meets "Brigade 44", "1st International Bank" meets "First International Bank" and
 * "Fund VIII" is told from "Fund IX". Single letters (I, V, X) stay letters: they are initials far
 * more often.
 */
final class Numbers {
  /** 1st, 22nd, 3rd, 4th: an ordinal written in digits. Compiled once: names are normalized by the million. */
  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");
  private static final java.util.regex.Pattern ORDINAL_SUFFIX = java.util.regex.Pattern.compile("(st|nd|rd|th)$");

  private Numbers() {}

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("first", 1), Map.entry("second", 2),
      Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
      Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fourty", 40,
      "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, Integer> ROMAN = Map.ofEntries(
      // Not "vi" or "xi": they are names (Xi Jinping) more often than numbers.
      Map.entry("ii", 2), Map.entry("iii", 3), Map.entry("iv", 4), Map.entry("vii", 7),
      Map.entry("viii", 8), Map.entry("ix", 9), Map.entry("xii", 12), Map.entry("xiii", 13),
      Map.entry("xiv", 14), Map.entry("xv", 15), Map.entry("xvi", 16), Map.entry("xvii", 17), Map.entry("xviii", 18),
      Map.entry("xix", 19), Map.entry("xx", 20));

  /**
   * Rewrites number words in a token list in place: "forty four" and "forty 4" become "44", "1st"
   * and "first" become "1", "viii" becomes "8". {@code parallel} is a list kept in step with the
   * tokens (an element is removed where two tokens become one).
   */
  static void rewrite(List<String> tokens, List<String> parallel) {
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      Integer tens = TENS.get(t);
      if (tens != null) {
        int value = tens;
        if (i + 1 < tokens.size()) {
          String next = tokens.get(i + 1);
          Integer unit = UNITS.get(next);
          if (unit == null && next.length() == 1 && Character.isDigit(next.charAt(0))) {
            unit = next.charAt(0) - '0';
          }
          if (unit != null && unit > 0 && unit < 10) {
            value += unit;
            tokens.remove(i + 1);
            parallel.remove(i + 1);
          }
        }
        tokens.set(i, Integer.toString(value));
        continue;
      }
      Integer unit = UNITS.get(t);
      if (unit == null) {
        unit = ROMAN.get(t);
      }
      if (unit == null && ORDINAL.matcher(t).matches()) {
        tokens.set(i, ORDINAL_SUFFIX.matcher(t).replaceAll(""));
        continue;
      }
      if (unit != null) {
        tokens.set(i, Integer.toString(unit));
      }
    }
  }
}
