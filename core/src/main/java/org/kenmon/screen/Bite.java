package org.kenmon.screen;

/**
 * Whether one condition of a measure holds for a transaction: it does, it does not, or the data
 * cannot tell (an unknown flag, goods that could not be classified, a category of person no field
 * records). A measure whose conditions hold except some the data cannot tell gives REVIEW.
 */
enum Bite {
  YES,
  NO,
  UNKNOWN;

  Bite and(Bite other) {
    if (this == NO || other == NO) {
      return NO;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : YES;
  }
}
