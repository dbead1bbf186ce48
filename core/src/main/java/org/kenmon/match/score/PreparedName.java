package org.kenmon.match.score;

import org.kenmon.match.normalize.NameNormalizer;
import org.kenmon.match.normalize.NormalizedName;
import org.kenmon.match.normalize.TokenKeys;
import org.kenmon.match.normalize.TokenKind;

/**
 * A normalized name with everything comparison needs precomputed once: token weights and, for
 * each pair of adjacent tokens, the joined token and its romanization keys, so that "Yong Chol",
 * "Yong-Chol" and "Yongchol" meet without allocating at query time. Immutable.
 */
public final class PreparedName {
  final NormalizedName name;
  final float[] weights;
  final String[] pairText;
  final String[] pairKorean;
  final String[] pairJapanese;
  final String[] pairChinese;
  final float totalWeight;
  /** The name in its own script, for comparison with names in the same script; null for Latin. */
  final PreparedName nativeName;

  /** @param pairKeys the keys of two adjacent words joined */
  PreparedName(NormalizedName name, TokenWeights weights, TokenKeys pairKeys) {
    this.name = name;
    int n = name.size();
    this.weights = new float[n];
    float total = 0;
    for (int i = 0; i < n; i++) {
      this.weights[i] = weights.weight(name.tokens()[i], name.kinds()[i]);
      total += this.weights[i];
    }
    this.totalWeight = total;
    this.nativeName = name.nativeTokens() == null ? null
        : new PreparedName(nativeOf(name), TokenWeights.UNIFORM, pairKeys);
    int pairs = Math.max(0, n - 1);
    pairText = new String[pairs];
    pairKorean = new String[pairs];
    pairJapanese = new String[pairs];
    pairChinese = new String[pairs];
    for (int i = 0; i < pairs; i++) {
      if (name.kinds()[i] != TokenKind.WORD || name.kinds()[i + 1] != TokenKind.WORD) {
        continue;
      }
      String joined = name.tokens()[i] + name.tokens()[i + 1];
      pairText[i] = joined;
      pairKorean[i] = name.korean()[i] != null && name.korean()[i + 1] != null
          ? joinKorean(name, i, pairKeys) : null;
      pairJapanese[i] = pairKeys.japanese(joined);
      pairChinese[i] = pairKeys.chinese(joined);
    }
  }

  private static NormalizedName nativeOf(NormalizedName name) {
    String[] t = name.nativeTokens();
    int n = t.length;
    TokenKind[] kinds = new TokenKind[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = Character.isDigit(t[i].charAt(0)) ? TokenKind.NUMBER : TokenKind.WORD;
    }
    String[] none = new String[n];
    return new NormalizedName(name.original(), t, kinds, none, none, none, none, none, name.script(), null);
  }

  /** Hangul-derived tokens are keyed from jamo; join their keys, else key the joined spelling. */
  private static String joinKorean(NormalizedName name, int i, TokenKeys keys) {
    if (name.script() == NormalizedName.Script.HANGUL) {
      return name.korean()[i] + name.korean()[i + 1];
    }
    String k = keys.korean(name.tokens()[i] + name.tokens()[i + 1]);
    return k != null ? k : name.korean()[i] + name.korean()[i + 1];
  }

  public static PreparedName of(String raw, TokenWeights weights) {
    return new PreparedName(NameNormalizer.normalize(raw), weights, TokenKeys.COMPUTED);
  }

  /**
   * As {@link #of(String, TokenWeights)}, with the romanization keys of words from {@code wordKeys}
   * and of joined adjacent words from {@code pairKeys}: the same keys, perhaps remembered.
   */
  public static PreparedName of(String raw, TokenWeights weights, TokenKeys wordKeys, TokenKeys pairKeys) {
    return new PreparedName(NameNormalizer.normalize(raw, wordKeys), weights, pairKeys);
  }

  public static PreparedName of(NormalizedName name, TokenWeights weights) {
    return new PreparedName(name, weights, TokenKeys.COMPUTED);
  }

  public NormalizedName name() {
    return name;
  }

  public int size() {
    return name.size();
  }

  public float weight(int token) {
    return weights[token];
  }

  /** Tokens {@code i} and {@code i+1} written as one word, or null when either is not a word. */
  public String pairText(int i) {
    return pairText[i];
  }

  public String pairKorean(int i) {
    return pairKorean[i];
  }

  public String pairJapanese(int i) {
    return pairJapanese[i];
  }

  public String pairChinese(int i) {
    return pairChinese[i];
  }
}
