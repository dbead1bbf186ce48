package org.kenmon.screen;

import org.kenmon.regime.Effect;

/**
 * The outcome of a screening, worst first: the worst finding decides the verdict. REVIEW stands
 * between a licence and a report: a person must look (a possible name match below the certain
 * threshold, goods that could not be classified, a fact the data cannot settle).
 */
public enum Outcome {
  PROHIBITED,
  LICENCE_REQUIRED,
  REVIEW,
  REPORTABLE,
  CLEAR;

  /** What a measure's effect means for a transaction it catches; ADVISORY asks for a review. */
  public static Outcome of(Effect effect) {
    switch (effect) {
      case PROHIBITED:
        return PROHIBITED;
      case LICENCE_REQUIRED:
        return LICENCE_REQUIRED;
      case REPORTABLE:
        return REPORTABLE;
      case ADVISORY:
        return REVIEW;
      case CLEAR:
        return CLEAR;
      default:
        throw new AssertionError(effect);
    }
  }

  public Outcome worst(Outcome other) {
    return ordinal() <= other.ordinal() ? this : other;
  }

  /** Whether a transaction with this outcome needs someone to act before it goes ahead. */
  public boolean needsAction() {
    return this == PROHIBITED || this == LICENCE_REQUIRED || this == REVIEW;
  }
}
