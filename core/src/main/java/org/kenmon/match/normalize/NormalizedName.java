package org.kenmon.match.normalize;

import java.util.Arrays;

/**
 * A name ready for matching: lower-case ASCII tokens, their kinds, and for each token the
 * canonical romanization keys (Korean, Japanese, Chinese) where the token can be read in that
 * system and the name was written in Latin letters or that system's script, else null; the Korean
 * key with ㅓ/ㅗ and ㅡ/ㅜ merged ({@code koreanLoose}: Chul and Chol); a phonetic key (Double
 * Metaphone) for words of four letters or more. Names in another script also keep their own words
 * ({@code nativeTokens}), so that two names in one script are compared in it, not through a
 * transliteration that loses what tells them apart (高石 and 高市 are both "gao shi"). Arrays are
 * parallel and must not be modified.
 *
 * @param original the name as given
 * @param script how it was written before transliteration
 * @param nativeTokens the words in the original script, lower-cased; null for Latin names
 */
public record NormalizedName(
    String original,
    String[] tokens,
    TokenKind[] kinds,
    String[] korean,
    String[] koreanLoose,
    String[] japanese,
    String[] chinese,
    String[] phonetic,
    Script script,
    String[] nativeTokens) {

  /** The writing system of a name before normalization. */
  public enum Script {
    LATIN,
    HANGUL,
    HAN,
    KANA,
    CYRILLIC,
    OTHER
  }

  public int size() {
    return tokens.length;
  }

  public boolean isEmpty() {
    return tokens.length == 0;
  }

  /** Tokens joined by spaces: the form shown in explanations. */
  public String text() {
    return String.join(" ", tokens);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NormalizedName && Arrays.equals(tokens, ((NormalizedName) o).tokens)
        && original.equals(((NormalizedName) o).original);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tokens) * 31 + original.hashCode();
  }

  @Override
  public String toString() {
    return original + " -> " + Arrays.toString(tokens);
  }
}
