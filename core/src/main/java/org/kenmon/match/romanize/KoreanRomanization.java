package org.kenmon.match.romanize;

/**
 * Canonical keys for Korean names, merging the ways the same Hangul is romanized:
 * McCune–Reischauer with or without breves and apostrophes ({@code Ch'oe}, {@code Chŏng},
 * {@code Chong}), the DPRK's own system ({@code kh}, {@code th}, {@code ph}, {@code j}), Revised
 * Romanization ({@code Gim}, {@code Jeong}, {@code Bak}) and South Korean spellings ({@code Lee},
 * {@code Park}, {@code Choi}, {@code Young}, {@code Noh}).
 *
 * <p>The key is deliberately lossy: plain, aspirated and tense consonants merge (k/g/kh/kk,
 * t/d/th, p/b/ph, j/ch/tch, s/ss/sh); {@code r}, {@code l} and {@code n} merge and are dropped at
 * the start of a word before {@code i} or {@code y} (the initial-sound rule that makes 리 Ri in the
 * North and I/Lee/Yi in the South, 류 Ryu/Yu, 룡 Ryong/Yong); ㅓ/ㅗ merge as {@code o} and ㅡ/ㅜ as
 * {@code u} because MR without breves cannot tell them apart. The scorer compares keys by
 * similarity, so what the key merges too much costs little, and what it fails to merge (Chul for
 * 철, Kyung for 경) is still close.
 *
 * <p>Hangul is keyed directly from its jamo, so 김동명 and "Kim Tong-myong" give the same keys.
 */
public final class KoreanRomanization {
  private static final String[][] ONSETS = {
      {"tch", "j"}, {"kk", "k"}, {"gg", "k"}, {"kh", "k"}, {"tt", "t"}, {"th", "t"}, {"pp", "p"},
      {"ph", "p"}, {"jj", "j"}, {"ch", "j"}, {"ss", "s"}, {"sh", "s"}, {"rh", "n"}, {"k", "k"}, {"g", "k"},
      {"t", "t"}, {"d", "t"}, {"p", "p"}, {"b", "p"}, {"j", "j"}, {"s", "s"}, {"r", "n"}, {"l", "n"},
      {"n", "n"}, {"m", "m"}, {"h", "h"}};
  private static final String[][] VOWELS = {
      {"yeo", "yo"}, {"yae", "ye"}, {"yoo", "yu"}, {"you", "yu"}, {"weo", "wo"}, {"wae", "we"}, {"eui", "ui"},
      {"yo", "yo"}, {"ya", "ya"}, {"yu", "yu"}, {"ye", "ye"}, {"yi", "i"}, {"wa", "wa"}, {"wo", "wo"},
      {"we", "we"}, {"wi", "wi"}, {"oe", "we"}, {"oi", "we"}, {"ui", "ui"}, {"eo", "o"}, {"eu", "u"},
      {"ae", "e"}, {"ai", "e"}, {"ee", "i"}, {"oo", "u"}, {"ou", "o"}, {"a", "a"}, {"e", "e"}, {"i", "i"},
      {"o", "o"}, {"u", "u"}};
  private static final String[][] CODAS = {
      // Only the codas the romanization systems write (k, t, p, n, m, l, ng) and the "Park" spelling:
      // letting d, b, g or s close a syllable would make most Western names parse as Korean.
      {"ng", "ng"}, {"rk", "k"}, {"n", "n"}, {"m", "m"}, {"l", "l"}, {"r", "l"}, {"k", "k"}, {"p", "p"},
      {"t", "t"}};

  private static final SyllableParser LATIN = new SyllableParser(ONSETS, VOWELS, CODAS) {
    @Override
    String vowelKey(String[] vowel, String word, int after) {
      // "Young" (영) but "You" (유).
      if (vowel[0].equals("you") && word.startsWith("ng", after)) {
        return "yo";
      }
      return vowel[1];
    }

    @Override
    String onsetKey(String onset, String vowelKey, boolean wordInitial) {
      boolean iotized = vowelKey.startsWith("i") || vowelKey.startsWith("y");
      return wordInitial && onset.equals("n") && iotized ? "" : onset;
    }

    @Override
    int skipSilent(String word, int pos) {
      // The h of Noh, Oh, Ahn, Bahk marks a vowel, it is no consonant.
      if (pos < word.length() && word.charAt(pos) == 'h'
          && (pos + 1 == word.length() || !isVowelLetter(word.charAt(pos + 1)))) {
        return pos + 1;
      }
      return pos;
    }
  };

  private KoreanRomanization() {}

  /**
   * The canonical key of one romanized word (lower-case ASCII, apostrophes and breves already
   * removed), or null when the word cannot be Korean.
   */
  public static String key(String word) {
    return LATIN.key(word);
  }

  // Jamo tables in Unicode order: 19 initials, 21 medials, 28 finals (index 0 = none).
  private static final String[] INITIAL = {
      "k", "k", "n", "t", "t", "n", "m", "p", "p", "s", "s", "", "j", "j", "j", "k", "t", "p", "h"};
  private static final String[] MEDIAL = {
      "a", "e", "ya", "ye", "o", "e", "yo", "ye", "o", "wa", "we", "we", "yo", "u", "wo", "we", "wi", "yu",
      "u", "ui", "i"};
  private static final String[] FINAL = {
      "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
      "ng", "t", "t", "k", "t", "p", "t"};

  /** Whether a character is a precomposed Hangul syllable. */
  public static boolean isHangulSyllable(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /**
   * The canonical key of a word of Hangul syllables (김동명 gives {@code kimtongmyong}), or null if
   * it holds anything else. The initial-sound rule applies as for Latin words.
   */
  public static String keyOfHangul(String word) {
    StringBuilder out = new StringBuilder(word.length() * 4);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!isHangulSyllable(c)) {
        return null;
      }
      int index = c - 0xAC00;
      String initial = INITIAL[index / (21 * 28)];
      String medial = MEDIAL[(index % (21 * 28)) / 28];
      String fin = FINAL[index % 28];
      boolean iotized = medial.startsWith("i") || medial.startsWith("y");
      if (!(i == 0 && initial.equals("n") && iotized)) {
        out.append(initial);
      }
      out.append(medial).append(fin);
    }
    return out.toString();
  }

  /**
   * A Revised-Romanization-like reading of a Hangul word for display ("김동명" gives "gimdongmyeong"),
   * so explanations show what the query said in Latin letters.
   */
  public static String readingOfHangul(String word) {
    StringBuilder out = new StringBuilder(word.length() * 4);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!isHangulSyllable(c)) {
        out.append(c);
        continue;
      }
      int index = c - 0xAC00;
      out.append(RR_INITIAL[index / (21 * 28)]).append(RR_MEDIAL[(index % (21 * 28)) / 28])
          .append(RR_FINAL[index % 28]);
    }
    return out.toString();
  }

  private static final String[] RR_INITIAL = {
      "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
  private static final String[] RR_MEDIAL = {
      "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
      "yu", "eu", "ui", "i"};
  private static final String[] RR_FINAL = {
      "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
      "ng", "t", "t", "k", "t", "p", "t"};
}
