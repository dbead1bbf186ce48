package org.kenmon.text;

import java.text.Normalizer;

/**
 * How Kenmon spells Latin letters beyond ASCII, everywhere text is folded for matching (names,
 * goods descriptions, place names): one rule, so that a name, a product and a port fold alike.
 */
public final class LatinLetters {
  private LatinLetters() {}

  /**
   * The lower-case ASCII spelling of a letter: ß is ss, Æ ae, Ø o, Đ and ð d, Ł l, ı i, Œ oe, Þ th
   * (letters Unicode does not decompose), any other letter its decomposed base letters (é is e, ŏ
   * is o); "" when it has none (a letter of another script, a symbol).
   */
  public static String fold(char c) {
    switch (c) {
      case 'ß':
        return "ss";
      case 'æ':
      case 'Æ':
        return "ae";
      case 'ø':
      case 'Ø':
        return "o";
      case 'đ':
      case 'Đ':
      case 'ð':
      case 'Ð':
        return "d";
      case 'ł':
      case 'Ł':
        return "l";
      case 'ı':
        return "i";
      case 'œ':
      case 'Œ':
        return "oe";
      case 'þ':
      case 'Þ':
        return "th";
      default:
        if (!Character.isLetter(c)) {
          return "";
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder s = new StringBuilder(2);
        for (int i = 0; i < base.length(); i++) {
          char b = Character.toLowerCase(base.charAt(i));
          if (b >= 'a' && b <= 'z') {
            s.append(b);
          }
        }
        return s.toString();
    }
  }
}
