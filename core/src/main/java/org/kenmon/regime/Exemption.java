package org.kenmon.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * An exception to a measure in the legal sense (the YAML field is {@code exceptions}): when its
 * condition holds, {@code effect} applies instead of the measure's own effect ({@link
 * Effect#CLEAR} when the measure does not bite at all). An exception with validity intervals
 * applies only within them.
 */
public record Exemption(
    String id,
    String title,
    ExemptionCondition when,
    Effect effect,
    List<Validity> validity,
    String legalBasis,
    List<String> sourceIds,
    String note) {

  public Exemption {
    validity = List.copyOf(validity);
    sourceIds = List.copyOf(sourceIds);
  }

  /** Whether the exception exists on this date (always, when it has no validity of its own). */
  public boolean inForceOn(LocalDate date) {
    if (validity.isEmpty()) {
      return true;
    }
    for (Validity v : validity) {
      if (v.contains(date)) {
        return true;
      }
    }
    return false;
  }
}
