package org.kenmon.hs;

/**
 * A Harmonized System code of 2, 4, 6, 8 or 10 digits: a chapter, heading, subheading or national
 * tariff line. Dots and spaces are accepted on input ({@code "8471.30"}) and dropped.
 *
 * <p>Codes compare by their digits, so a chapter sorts before everything inside it. Kenmon's
 * reference nomenclature is HS 2022; codes of older editions parse the same way but may name other
 * goods (see docs/regime-format.md).
 */
public record HsCode(String digits) implements Comparable<HsCode> {

  public HsCode {
    if (!isWellFormed(digits)) {
      throw new IllegalArgumentException(
          "HS code must have 2, 4, 6, 8 or 10 digits, got \"" + digits + "\"");
    }
  }

  /**
   * Parses a code such as {@code "84"}, {@code "8471"}, {@code "8471.30"} or {@code "847130"}.
   *
   * @throws IllegalArgumentException if the text is not a well-formed code; the message repeats it
   */
  public static HsCode parse(String text) {
    String digits = strip(text);
    if (!isWellFormed(digits)) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not an HS code (expected 2, 4, 6, 8 or 10 digits, dots allowed)");
    }
    return new HsCode(digits);
  }

  /** Whether the text parses as an HS code. */
  public static boolean isValid(String text) {
    return text != null && isWellFormed(strip(text));
  }

  static String strip(String text) {
    StringBuilder digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && c != ' ') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  private static boolean isWellFormed(String digits) {
    int n = digits == null ? 0 : digits.length();
    if (n < 2 || n > 10 || n % 2 != 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The level: 2 (chapter), 4 (heading), 6 (subheading), 8 or 10 (national lines). */
  public int level() {
    return digits.length();
  }

  /** The two-digit chapter this code belongs to. */
  public HsCode chapter() {
    return level() == 2 ? this : new HsCode(digits.substring(0, 2));
  }

  /** This code cut to {@code level} digits, or itself if it is that short already. */
  public HsCode truncate(int level) {
    return level >= level() ? this : new HsCode(digits.substring(0, level));
  }

  /** Whether {@code other} is this code or lies inside it (8471 contains 847130). */
  public boolean contains(HsCode other) {
    return other.digits.startsWith(digits);
  }

  @Override
  public int compareTo(HsCode o) {
    return digits.compareTo(o.digits);
  }

  /** The conventional dotted form: 84, 8471, 8471.30, 8471.30.10, 8471.30.10.00. */
  @Override
  public String toString() {
    if (level() <= 4) {
      return digits;
    }
    StringBuilder s = new StringBuilder(digits.substring(0, 4));
    for (int i = 4; i < level(); i += 2) {
      s.append('.').append(digits, i, i + 2);
    }
    return s.toString();
  }
}
