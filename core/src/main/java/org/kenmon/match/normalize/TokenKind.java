package org.kenmon.match.normalize;

/** What a name token is, which sets how much it weighs in a match. */
public enum TokenKind {
  /** A word of a name. */
  WORD,
  /** Digits: must match exactly ("Fund 2" is not "Fund 3"). */
  NUMBER,
  /** A legal form (Co., Ltd., Corporation, 株式会社): kept for explanations, weighs little. */
  LEGAL_FORM,
  /** A name particle (al, el, bin, ibn, van, de): part of the name, but says little about who. */
  PARTICLE,
  /** An honorific or particle that carries no identity (Mr, Dr). */
  STOP
}
