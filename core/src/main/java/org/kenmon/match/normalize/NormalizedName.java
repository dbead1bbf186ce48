package org.kenmon.match.normalize;

import java.util.Arrays;

/**
 * A name ready for matching: lower-case ASCII tokens, their kinds, and for each token the
 * canonical romanization keys (Korean, Japanese, Chinese) where the token can be read in that
 * system, else null. Arrays are parallel and must not be modified.
 *
 * @param original the name as given
 * @param script how it was written before transliteration
 */
public record NormalizedName(
    String original,
    String[] tokens,
    TokenKind[] kinds,
    String[] korean,
    String[] japanese,
    String[] chinese,
    Script script) {

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
