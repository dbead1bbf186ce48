package org.kenmon.hs;

/**
 * One HS code or an inclusive range of codes of the same level, as written in a measure's goods
 * scope: {@code "85"}, {@code "8471.30"}, {@code "72-83"}, {@code "8401-8403"}.
 *
 * <p>A range covers every code whose prefix at the range's level lies between its ends: {@code
 * "72-83"} covers chapters 72 to 83 and everything inside them.
 */
public record HsPattern(HsCode first, HsCode last) {

  public HsPattern {
    if (first.level() != last.level()) {
      throw new IllegalArgumentException(
          "HS range ends must have the same number of digits: " + first + "-" + last);
    }
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException("HS range is inverted: " + first + "-" + last);
    }
  }

  /**
   * Parses {@code "84"}, {@code "8471.30"} or {@code "72-83"}.
   *
   * @throws IllegalArgumentException naming the text when it is not a code or a range
   */
  public static HsPattern parse(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      HsCode code = HsCode.parse(text.trim());
      return new HsPattern(code, code);
    }
    try {
      return new HsPattern(
          HsCode.parse(text.substring(0, dash).trim()), HsCode.parse(text.substring(dash + 1).trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not an HS range: " + e.getMessage(), e);
    }
  }

  public boolean isRange() {
    return !first.equals(last);
  }

  /** Whether the code lies inside this pattern. A code shorter than the pattern is not covered. */
  public boolean covers(HsCode code) {
    if (code.level() < first.level()) {
      return false;
    }
    HsCode prefix = code.truncate(first.level());
    return prefix.compareTo(first) >= 0 && prefix.compareTo(last) <= 0;
  }

  /**
   * Whether some code inside {@code code} could lie inside this pattern: true for chapter 84
   * against pattern 8471.30, since part of chapter 84 is covered.
   */
  public boolean overlaps(HsCode code) {
    if (code.level() >= first.level()) {
      return covers(code);
    }
    return first.truncate(code.level()).compareTo(code) <= 0
        && last.truncate(code.level()).compareTo(code) >= 0;
  }

  @Override
  public String toString() {
    return isRange() ? first + "-" + last : first.toString();
  }
}
