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
    return memo == null ? KoreanRomanization.key(word) : keys(word)[0];
  }

  public String japanese(String word) {
    return memo == null ? JapaneseRomanization.key(word) : keys(word)[1];
  }

  public String chinese(String word) {
    return memo == null ? ChineseRomanization.key(word) : keys(word)[2];
  }

  /** The Double Metaphone code (eight letters at most) of a word of five letters or more, else null. */
  public String phonetic(String word) {
    return memo == null ? metaphoneOf(word) : keys(word)[3];
  }

  private String[] keys(String word) {
    return memo.get(word, w -> new String[] {KoreanRomanization.key(w), JapaneseRomanization.key(w),
        ChineseRomanization.key(w), metaphoneOf(w)});
  }

  private static String metaphoneOf(String word) {
    return word.length() >= 5 ? METAPHONE.doubleMetaphone(word) : null;
  }
}
