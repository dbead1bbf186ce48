package org.kenmon.goods;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A goods description folded for matching: the same folding is applied to lexicon terms when the
 * lexicon is built and to descriptions when they are classified, so both meet in one form.
 *
 * <ul>
 *   <li>Unicode NFKC first (full-width Latin and digits, half-width katakana, compatibility
 *       ideographs), only when the text is not plain ASCII.
 *   <li>Latin is folded like {@code NameNormalizer.foldLatin}: lower case, accents and apostrophes
 *       dropped, {@code &} read as "and", every other character a separator; tokens are then cut to
 *       their English singular ({@code watches → watch}, {@code batteries → battery}).
 *   <li>Han, kana and Hangul stay in their script (so 索尼 is matched as 索尼, not as its romanization,
 *       which collides with other words); traditional Han characters are folded to simplified ones
 *       with ICU4J's Traditional-Simplified transform, so 東芝, 东芝 and 筆記型電腦, 笔记型电脑 meet. Separators
 *       between two CJK characters are dropped (Japanese and Chinese write no spaces; Korean
 *       compounds are written both ways) but remembered in {@link #sep}, so a brand can still
 *       require a word start and a list ("laptops, cameras") is not read as one phrase.
 *   <li>Between two Latin tokens a single space is kept; at a Latin–CJK border nothing is.
 * </ul>
 *
 * <p>Unlike {@code NameNormalizer.normalize}, nothing is romanized: goods terms are matched in
 * their own script. Instances are immutable once built.
 */
final class GoodsText {
  /** Longest description read; the rest is ignored (no real description comes close). */
  static final int MAX_LENGTH = 1024;

  /** No separator before a character. */
  static final byte NONE = 0;

  /** Only spaces, hyphens or a katakana middle dot before it: the same phrase may go on. */
  static final byte SOFT = 1;

  /** Other punctuation before it (comma, semicolon, slash, 、…): a new item of a list. */
  static final byte HARD = 2;

  final char[] chars;

  /** For each character, the strongest separator dropped right before it. */
  final byte[] sep;

  final int length;

  private GoodsText(char[] chars, byte[] sep, int length) {
    this.chars = chars;
    this.sep = sep;
    this.length = length;
  }

  static GoodsText of(String text) {
    String in = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    boolean ascii = true;
    for (int i = 0; i < in.length() && ascii; i++) {
      ascii = in.charAt(i) < 0x80;
    }
    if (!ascii) {
      in = Normalizer.normalize(in, Normalizer.Form.NFKC);
    }
    // ß -> ss and similar can grow a Latin token by one char per letter; never more than doubles.
    char[] out = new char[in.length() * 2 + 1];
    byte[] sep = new byte[out.length];
    int n = 0;
    int tokenStart = -1;
    byte separator = NONE;
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      String folded = null;
      char latin = 0;
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        latin = c;
      } else if (c >= 'A' && c <= 'Z') {
        latin = (char) (c + 32);
      } else if (c < 0x80) {
        if (c == '\'' || c == '`') {
          continue;
        }
        if (c == '&') {
          n = endToken(out, n, tokenStart);
          tokenStart = -1;
          n = appendToken(out, sep, n, "and");
          separator = SOFT;
          continue;
        }
      } else if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else if (isCjk(c)) {
        n = endToken(out, n, tokenStart);
        tokenStart = -1;
        out[n] = HanFold.fold(c);
        sep[n] = separator;
        n++;
        separator = NONE;
        continue;
      } else if (c <= 0x24F && Character.isLetter(c)) {
        folded = foldLetter(c);
      }
      if (latin != 0 || folded != null) {
        if (tokenStart < 0) {
          if (n > 0 && isLatin(out[n - 1])) {
            out[n++] = ' ';
          }
          sep[n] = separator;
          tokenStart = n;
        }
        if (latin != 0) {
          out[n++] = latin;
        } else {
          for (int k = 0; k < folded.length(); k++) {
            out[n++] = folded.charAt(k);
          }
        }
        separator = NONE;
      } else {
        n = endToken(out, n, tokenStart);
        tokenStart = -1;
        byte strength = isSoft(c) ? SOFT : HARD;
        separator = strength > separator ? strength : separator;
      }
    }
    n = endToken(out, n, tokenStart);
    return new GoodsText(out, sep, n);
  }

  private static boolean isSoft(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '-'
        || c == '_'
        || c == '\u2010'
        || c == '\u2011'
        || c == '\u2013'
        || c == '\u30FB'
        || c == '\u00B7';
  }

  /** The folded form of a lexicon term, as a string. */
  static String fold(String term) {
    GoodsText t = of(term);
    return new String(t.chars, 0, t.length);
  }

  /** The Latin tokens of the folded text, in order (for the nomenclature index). */
  List<String> latinTokens() {
    return latinTokens(0, 0);
  }

  /** The Latin tokens, leaving out those inside {@code [skipFrom, skipTo)} (a brand name). */
  List<String> latinTokens(int skipFrom, int skipTo) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= length; i++) {
      boolean latin = i < length && isLatin(chars[i]);
      if (latin && start < 0) {
        start = i;
      } else if (!latin && start >= 0) {
        if (start >= skipTo || i <= skipFrom) {
          tokens.add(new String(chars, start, i - start));
        }
        start = -1;
      }
    }
    return tokens;
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  private static int appendToken(char[] out, byte[] sep, int n, String token) {
    if (n > 0 && isLatin(out[n - 1])) {
      out[n++] = ' ';
    }
    sep[n] = SOFT;
    for (int k = 0; k < token.length(); k++) {
      out[n++] = token.charAt(k);
    }
    return n;
  }

  /** Ends a Latin token at {@code n}: cuts it to its singular; returns the new length. */
  private static int endToken(char[] a, int n, int start) {
    if (start < 0) {
      return n;
    }
    int len = n - start;
    if (len < 3 || a[n - 1] != 's') {
      return n;
    }
    for (int i = start; i < n; i++) {
      if (a[i] < 'a' || a[i] > 'z') {
        return n;
      }
    }
    char p = a[n - 2];
    if (p == 's' || p == 'u' || p == 'i') {
      return n;
    }
    if (p == 'e' && len > 4) {
      char q = a[n - 3];
      if (q == 'i') {
        a[n - 3] = 'y';
        return n - 2;
      }
      if (q == 'x'
          || q == 'h' && (a[n - 4] == 'c' || a[n - 4] == 's')
          || q == 's' && a[n - 4] == 's') {
        return n - 2;
      }
    }
    return n - 1;
  }

  static boolean isLatin(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** Han (incl. 々), hiragana, katakana (incl. ー, not the middle dot ・) and Hangul. */
  static boolean isCjk(char c) {
    return c >= 0x3400 && c <= 0x9FFF
        || c >= 0x3041 && c <= 0x309F
        || c >= 0x30A1 && c <= 0x30FA
        || c == 0x30FC
        || c == 0x3005
        || c >= 0x31F0 && c <= 0x31FF
        || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0x1100 && c <= 0x11FF
        || c >= 0x3131 && c <= 0x318E
        || c >= 0xF900 && c <= 0xFAFF;
  }

  /** 0 Latin, 1 Han, 2 hiragana, 3 katakana, 4 Hangul, -1 other; for word-start checks. */
  static int script(char c) {
    if (isLatin(c)) {
      return 0;
    }
    if (c >= 0x3400 && c <= 0x9FFF || c == 0x3005 || c >= 0xF900 && c <= 0xFAFF) {
      return 1;
    }
    if (c >= 0x3041 && c <= 0x309F) {
      return 2;
    }
    if (c >= 0x30A1 && c <= 0x30FA || c == 0x30FC || c >= 0x31F0 && c <= 0x31FF) {
      return 3;
    }
    if (c >= 0xAC00 && c <= 0xD7A3 || c >= 0x1100 && c <= 0x11FF || c >= 0x3131 && c <= 0x318E) {
      return 4;
    }
    return -1;
  }

  /**
   * Whether position {@code i} starts a word: text start, after a separator, or a script change.
   */
  boolean wordStart(int i) {
    return i == 0
        || sep[i] != NONE
        || chars[i - 1] == ' '
        || script(chars[i - 1]) != script(chars[i]);
  }

  private static boolean isApostrophe(char c) {
    return c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '\u00B4';
  }

  /** Latin letters beyond ASCII, by the rule names and places share; null when it has no spelling. */
  private static String foldLetter(char c) {
    String folded = org.kenmon.text.LatinLetters.fold(c);
    return folded.isEmpty() ? null : folded;
  }

  /**
   * Traditional to simplified Han, one character at a time, from ICU4J's Traditional-Simplified
   * transform. The table is built once (about 0.1 s after ICU has loaded its data) and never
   * changes; ICU's transliterator itself is not thread-safe, so it is used only while building.
   */
  static final class HanFold {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final char[] TABLE = build();

    private HanFold() {}

    static char fold(char c) {
      return c >= FIRST && c <= LAST ? TABLE[c - FIRST] : c;
    }

    private static char[] build() {
      char[] all = new char[LAST - FIRST + 1];
      for (int i = 0; i < all.length; i++) {
        all[i] = (char) (FIRST + i);
      }
      Transliterator t = Transliterator.getInstance("Traditional-Simplified");
      String simplified = t.transliterate(new String(all));
      if (simplified.length() == all.length) {
        return simplified.toCharArray();
      }
      // Not aligned (a multi-character rule fired): fall back to one character at a time.
      char[] table = all.clone();
      for (int i = 0; i < all.length; i++) {
        String s = t.transliterate(String.valueOf(all[i]));
        if (s.length() == 1) {
          table[i] = s.charAt(0);
        }
      }
      return table;
    }
  }
}
