package org.kenmon.match.score;

import org.kenmon.match.normalize.TokenKind;

/**
 * How much a token counts in a name comparison. Rare tokens identify; common ones ("kim", "ri",
 * "trading", "korea") and legal forms barely do. The list index supplies weights from token
 * rarity; {@link #UNIFORM} weighs every word alike.
 */
@FunctionalInterface
public interface TokenWeights {
  float weight(String token, TokenKind kind);

  /** Words 1, numbers 0.8, legal forms 0.08, honorifics 0. */
  TokenWeights UNIFORM = (token, kind) -> byKind(kind, 1f);

  /** The weight of a token of this kind whose word weight is {@code wordWeight}. */
  static float byKind(TokenKind kind, float wordWeight) {
    switch (kind) {
      case WORD:
        return wordWeight;
      case NUMBER:
        return 0.8f;
      case LEGAL_FORM:
        return 0.08f;
      default:
        return 0f;
    }
  }
}
