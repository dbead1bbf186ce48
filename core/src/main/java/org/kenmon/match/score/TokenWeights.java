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

  /** An initial ("C" in GENA C RANDOLPH) says little about who. */
  float INITIAL_WEIGHT = 0.3f;

  /** Words 1 (initials 0.3), numbers 0.8, particles 0.2, legal forms 0.08, honorifics 0. */
  TokenWeights UNIFORM = (token, kind) -> byKind(kind, token.length() == 1 ? INITIAL_WEIGHT : 1f);

  /** The weight of a token of this kind whose word weight is {@code wordWeight}. */
  static float byKind(TokenKind kind, float wordWeight) {
    switch (kind) {
      case WORD:
        return wordWeight;
      case PARTICLE:
        return 0.2f;
      case NUMBER:
        return 0.8f;
      case LEGAL_FORM:
        return 0.08f;
      default:
        return 0f;
    }
  }
}
