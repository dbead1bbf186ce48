package org.kenmon.match.normalize;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.kenmon.match.romanize.ChineseRomanization;
import org.kenmon.match.romanize.JapaneseRomanization;
import org.kenmon.match.romanize.KoreanRomanization;
import org.kenmon.memo.BoundedMemo;

/**
 * The keys a word is matched on besides its spelling: its Korean, Japanese and Chinese
 * romanization keys and its Double Metaphone code. All are pure functions of the word. Names
 * differ but their words repeat (Trading, Dandong, Kim, Ltd), and parsing a word into syllables
 * three ways costs microseconds, so {@link #remembered} keeps them for a bounded number of words;
 * {@link #COMPUTED} computes every time. Both give the same keys. Thread-safe.
 */
public final class TokenKeys {
  /** Keys computed on every call, remembering nothing. */
  public static final TokenKeys COMPUTED = new TokenKeys(null);

  /** Codes of up to eight letters: the default four would make Albano and Albanese one name. */
  private static final DoubleMetaphone METAPHONE = metaphone();

  private final BoundedMemo<String, String[]> memo;

  private TokenKeys(BoundedMemo<String, String[]> memo) {
    this.memo = memo;
  }

  /** Keys remembered for up to {@code words} words (then forgotten all at once, and remembered anew). */
  public static TokenKeys remembered(int words) {
    return new TokenKeys(new BoundedMemo<>(words));
  }

  private static DoubleMetaphone metaphone() {
    DoubleMetaphone m = new DoubleMetaphone();
    m.setMaxCodeLen(8);
    return m;
  }

  public String korean(String word) {
    return memo == null ? KoreanRomanization.key(word) : key(word, KOREAN);
  }

  public String japanese(String word) {
    return memo == null ? JapaneseRomanization.key(word) : key(word, JAPANESE);
  }

  public String chinese(String word) {
    return memo == null ? ChineseRomanization.key(word) : key(word, CHINESE);
  }

  /** The Double Metaphone code (eight letters at most) of a word of five letters or more, else null. */
  public String phonetic(String word) {
    return memo == null ? metaphoneOf(word) : key(word, PHONETIC);
  }

  private static final int KOREAN = 0;
  private static final int JAPANESE = 1;
  private static final int CHINESE = 2;
  private static final int PHONETIC = 3;
  /** A slot not worked out yet (compared by identity; no key is this instance). */
  private static final String NOT_YET = new String("not yet");

  /**
   * One of a word's keys, each worked out when first asked for: joined word pairs need only some
   * of them, and Hangul or Han words only their own script's. Slots are filled without a lock:
   * two threads may both compute a slot, and both write the same immutable string (safely
   * published through its final fields), so a reader sees either {@link #NOT_YET} or the key.
   */
  private String key(String word, int kind) {
    String[] slots = memo.get(word, w -> new String[] {NOT_YET, NOT_YET, NOT_YET, NOT_YET});
    String k = slots[kind];
    if (k == NOT_YET) {
      k = switch (kind) {
        case KOREAN -> KoreanRomanization.key(word);
        case JAPANESE -> JapaneseRomanization.key(word);
        case CHINESE -> ChineseRomanization.key(word);
        default -> metaphoneOf(word);
      };
      slots[kind] = k;
    }
    return k;
  }

  private static String metaphoneOf(String word) {
    return word.length() >= 5 ? METAPHONE.doubleMetaphone(word) : null;
  }
}
