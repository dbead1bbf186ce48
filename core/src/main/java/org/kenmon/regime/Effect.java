package org.kenmon.regime;

/**
 * What a measure does to a transaction it catches, worst first. {@link #CLEAR} only appears as
 * the effect of an exception: the measure does not bite.
 */
public enum Effect {
  PROHIBITED,
  LICENCE_REQUIRED,
  REPORTABLE,
  /** A government request that is not law (Japan's travel restraint); screening reports REVIEW. */
  ADVISORY,
  CLEAR;

  /** The YAML spelling. */
  public String code() {
    return name();
  }
}
