package org.kenmon.match.romanize;

/**
 * Canonical keys for Chinese words that merge Hanyu Pinyin and Wade–Giles, with or without
 * apostrophes: {@code Hsi Chin-ping} and {@code Xi Jinping}, {@code Mao Tse-tung} and {@code Mao
 * Zedong}, {@code Teng Hsiao-p'ing} and {@code Deng Xiaoping}. Aspirated and plain initials merge
 * (b/p, d/t, g/k, z/c, zh/ch, j/q) because Wade–Giles apostrophes are usually dropped in practice.
 */
public final class ChineseRomanization {
  private static final String[][] INITIALS = {
      {"tz", "z"}, {"ts", "z"}, {"hs", "x"}, {"zh", "zh"}, {"ch", "zh"}, {"sh", "sh"}, {"ss", "s"}, {"sz", "s"},
      {"b", "p"}, {"p", "p"}, {"m", "m"}, {"f", "f"}, {"d", "t"}, {"t", "t"}, {"n", "n"}, {"l", "l"},
      {"g", "k"}, {"k", "k"}, {"h", "h"}, {"j", "j"}, {"q", "j"}, {"x", "x"}, {"r", "r"}, {"z", "z"},
      {"c", "z"}, {"s", "s"}, {"y", "y"}, {"w", "w"}};
  private static final String[][] FINALS = {
      {"iang", "iang"}, {"iung", "iong"}, {"iong", "iong"}, {"uang", "uang"}, {"ueng", "ueng"},
      {"ieh", "ie"}, {"ien", "ian"}, {"ian", "ian"}, {"iao", "iao"}, {"iou", "iu"}, {"ing", "ing"},
      {"ueh", "ue"}, {"uai", "uai"}, {"uan", "uan"}, {"uei", "ui"}, {"uen", "un"}, {"ang", "ang"},
      {"eng", "eng"}, {"ong", "ong"}, {"ung", "ong"}, {"erh", "er"}, {"ai", "ai"}, {"ei", "ei"},
      {"ao", "ao"}, {"ou", "ou"}, {"an", "an"}, {"en", "en"}, {"er", "er"}, {"ia", "ia"}, {"ie", "ie"},
      {"iu", "iu"}, {"in", "in"}, {"ih", "i"}, {"ua", "ua"}, {"uo", "uo"}, {"ui", "ui"}, {"un", "un"},
      {"ue", "ue"}, {"a", "a"}, {"o", "o"}, {"e", "e"}, {"i", "i"}, {"u", "u"}};

  private static final SyllableParser PARSER = new SyllableParser(INITIALS, FINALS, new String[0][]) {
    @Override
    String onsetKey(String initial, String finalKey, boolean wordInitial) {
      boolean palatal = finalKey.startsWith("i") || finalKey.startsWith("u") && initial.equals("j");
      // Wade-Giles ch before i/ü is Pinyin j/q; Pinyin j never stands before a, e or o, Wade-Giles j
      // (Pinyin r) does.
      if (initial.equals("zh") && finalKey.startsWith("i")) {
        return "j";
      }
      if (initial.equals("j") && !palatal) {
        return "r";
      }
      return initial;
    }
  };

  private ChineseRomanization() {}

  /** The canonical key of one romanized word, or null when it cannot be Chinese. */
  public static String key(String word) {
    return PARSER.key(word);
  }
}
