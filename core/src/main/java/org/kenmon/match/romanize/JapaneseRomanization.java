package org.kenmon.match.romanize;

/**
 * Canonical keys for Japanese words that merge Hepburn and Kunrei-shiki spellings and the ways long
 * vowels are written: {@code shi/si}, {@code chi/ti}, {@code tsu/tu}, {@code fu/hu}, {@code ji/zi},
 * {@code sha/sya}, {@code ja/zya}, {@code cha/tya}; {@code ō/ô/ou/oo/oh} as {@code o}, {@code ū/uu}
 * as {@code u}; {@code m} before b, m, p as {@code n} (Shimbashi, Shinbashi); doubled consonants
 * single. Breves and macrons are removed before keying.
 */
public final class JapaneseRomanization {
  private static final String[][] ONSETS = {
      {"tch", "ty"}, {"sh", "sy"}, {"ch", "ty"}, {"ts", "t"}, {"dz", "z"}, {"jy", "zy"}, {"zy", "zy"},
      {"sy", "sy"}, {"ty", "ty"}, {"cy", "ty"}, {"ky", "ky"}, {"gy", "gy"}, {"ny", "ny"}, {"hy", "hy"},
      {"by", "by"}, {"py", "py"}, {"my", "my"}, {"ry", "ry"}, {"kk", "k"}, {"ss", "s"}, {"tt", "t"},
      {"pp", "p"}, {"k", "k"}, {"g", "g"}, {"s", "s"}, {"z", "z"}, {"j", "zy"}, {"t", "t"}, {"d", "d"},
      {"n", "n"}, {"h", "h"}, {"f", "h"}, {"b", "b"}, {"p", "p"}, {"m", "m"}, {"y", "y"}, {"r", "r"},
      {"w", "w"}};
  private static final String[][] VOWELS = {
      {"aa", "a"}, {"ii", "i"}, {"uu", "u"}, {"ou", "o"}, {"oo", "o"}, {"ei", "e"}, {"a", "a"}, {"i", "i"},
      {"u", "u"}, {"e", "e"}, {"o", "o"}};
  private static final String[][] CODAS = {{"n", "n"}, {"m", "n"}};

  private static final SyllableParser PARSER = new SyllableParser(ONSETS, VOWELS, CODAS) {
    @Override
    String onsetKey(String onset, String vowelKey, boolean wordInitial) {
      // shi = si, chi = ti, ji = zi: the glide is part of the Hepburn consonant before i.
      if (vowelKey.equals("i") && onset.length() == 2 && onset.charAt(1) == 'y') {
        return onset.substring(0, 1);
      }
      // di and du are written zi and zu in modern kana spelling.
      if (onset.equals("d") && (vowelKey.equals("i") || vowelKey.equals("u"))) {
        return "z";
      }
      return onset;
    }

    @Override
    boolean codaAllowed(String coda, String word, int after) {
      // Hepburn writes the moraic n as m only before b, m and p.
      return !coda.equals("m") || after < word.length() && "bmp".indexOf(word.charAt(after)) >= 0;
    }

    @Override
    int skipSilent(String word, int pos) {
      // The h of "Ohno" or "Satoh" lengthens the o.
      if (pos < word.length() && word.charAt(pos) == 'h' && pos > 0 && word.charAt(pos - 1) == 'o'
          && (pos + 1 == word.length() || !isVowelLetter(word.charAt(pos + 1)))) {
        return pos + 1;
      }
      return pos;
    }
  };

  private JapaneseRomanization() {}

  /** The canonical key of one romanized word, or null when it cannot be Japanese. */
  public static String key(String word) {
    return PARSER.key(word);
  }
}
