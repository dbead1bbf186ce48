package org.kenmon.places;

import java.text.Normalizer;

/**
 * Folds place names to lookup keys. The Latin rules are those of {@link
 * org.kenmon.match.normalize.NameNormalizer} (lower case, accents and McCune–Reischauer breves
 * removed, apostrophes dropped: {@code Namp'o}, {@code Sinŭiju} give {@code nampo}, {@code
 * sinuiju}) with one difference: separators are dropped too, so {@code Tan-tung}, {@code Tan tung}
 * and {@code Tantung} share the key {@code tantung}. Hangul, Han and Kana are kept as written,
 * Hiragana folded to Katakana, full-width ASCII to ASCII.
 *
 * <p>Written by hand instead of calling NameNormalizer because resolution is on the screening hot
 * path: one pass, no ICU, no token arrays, only the result string allocated. A test holds the two in
 * step for every Latin name of the shipped gazetteer.
 */
final class PlaceKeys {
  /** Longest input folded; longer input cannot be a place name and resolves to nothing. */
  static final int MAX_LENGTH = 256;

  /** Characters that end the name and start a qualifier: "Dandong, Liaoning", "Sinuiju (KP)". */
  private static final String QUALIFIER_STARTS = ",(;/\uFF08\uFF0C\u3001\uFF1B";

  /** Folded prefixes dropped when the whole key misses ("Port of Nampo"). */
  private static final String[] PREFIXES = {"portof", "harbourof", "harborof", "cityof", "the", "port"};

  /**
   * Folded suffixes dropped when the whole key misses: Latin words for port, city, county and
   * station, the Korean administrative suffixes (si, up, dong, ri, gun), Japanese -ko (港), and the
   * CJK characters for city, port, port of entry, county, district and station.
   */
  private static final String[] SUFFIXES = {"borderport", "port", "harbour", "harbor", "city", "county",
      "district", "station", "crossing", "shi", "si", "ko", "eup", "up", "dong", "ri", "gun",
      "港口", "口岸", "港", "市", "县", "縣", "区", "區", "站", "시", "항", "군", "동", "리", "읍", "역"};

  /** Latin-1 Supplement to Latin Extended-B, folded once at class load. */
  private static final String[] LATIN = new String[0x250 - 0x80];

  static {
    for (int c = 0x80; c < 0x250; c++) {
      LATIN[c - 0x80] = foldLatinLetter((char) c);
    }
  }

  private PlaceKeys() {}

  /** The key of a whole name; empty when the name holds no letter or digit or is too long. */
  static String fold(String s) {
    return fold(s, 0, s.length());
  }

  /** The key of {@code s[from, to)}. */
  static String fold(String s, int from, int to) {
    if (to - from > MAX_LENGTH) {
      return "";
    }
    StringBuilder out = new StringBuilder(to - from + 4);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        appendAscii(out, c);
      } else if (c < 0x250) {
        out.append(LATIN[c - 0x80]);
      } else if (c >= 0x2B0 && c < 0x370) {
        continue; // modifier letters (ʼ ʻ) and combining marks (a decomposed breve)
      } else if (c >= 0xFF01 && c <= 0xFF5E) {
        appendAscii(out, (char) (c - 0xFEE0));
      } else if (c >= 0x3041 && c <= 0x3096) {
        out.append((char) (c + 0x60)); // Hiragana to Katakana
      } else if (c >= 0xFF61 && c <= 0xFF9F) {
        // Half-width Katakana: rare enough to pay for a normalization of the whole input.
        return fold(Normalizer.normalize(s.substring(from, to), Normalizer.Form.NFKC));
      } else if (Character.isSurrogate(c)) {
        out.append(c);
      } else if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  private static void appendAscii(StringBuilder out, char c) {
    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
      out.append(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.append((char) (c + 32));
    }
  }

  /** By the rule names and goods share ({@link org.kenmon.text.LatinLetters}). */
  private static String foldLatinLetter(char c) {
    return org.kenmon.text.LatinLetters.fold(c);
  }

  /** Index of the first qualifier character, or -1. */
  static int qualifierStart(String s) {
    int n = Math.min(s.length(), MAX_LENGTH);
    for (int i = 0; i < n; i++) {
      if (QUALIFIER_STARTS.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The key without one known prefix and/or suffix, most stripped last; empty array when none
   * applies. The remainder must keep at least two characters (CJK) or three (Latin).
   */
  static String[] stripped(String key) {
    String noPrefix = null;
    for (String p : PREFIXES) {
      if (key.startsWith(p) && longEnough(key.length() - p.length(), key)) {
        noPrefix = key.substring(p.length());
        break;
      }
    }
    String noSuffix = suffixStripped(key);
    String both = noPrefix == null ? null : suffixStripped(noPrefix);
    int n = (noPrefix != null ? 1 : 0) + (noSuffix != null ? 1 : 0) + (both != null ? 1 : 0);
    String[] out = new String[n];
    int i = 0;
    if (noPrefix != null) {
      out[i++] = noPrefix;
    }
    if (noSuffix != null) {
      out[i++] = noSuffix;
    }
    if (both != null) {
      out[i] = both;
    }
    return out;
  }

  private static String suffixStripped(String key) {
    for (String s : SUFFIXES) {
      if (key.endsWith(s) && longEnough(key.length() - s.length(), key)) {
        return key.substring(0, key.length() - s.length());
      }
    }
    return null;
  }

  private static boolean longEnough(int remaining, String key) {
    return remaining >= (isAsciiKey(key) ? 3 : 2);
  }

  /** Whether a key is all ASCII letters and digits (so can be read as a romanization). */
  static boolean isAsciiKey(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether a key is all precomposed Hangul syllables. */
  static boolean isHangulKey(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0xAC00 || c > 0xD7A3) {
        return false;
      }
    }
    return !key.isEmpty();
  }
}
