package org.kenmon.regime;

import java.util.List;

/**
 * Fields a validity interval overrides for its own period; null (or a null list) means "as the
 * measure says".
 */
public record Amendment(
    String title,
    Effect effect,
    Scope scope,
    List<Threshold> thresholds,
    List<Exemption> exemptions,
    String legalBasis) {

  public static final Amendment NONE = new Amendment(null, null, null, null, null, null);

  public Amendment {
    thresholds = thresholds == null ? null : List.copyOf(thresholds);
    exemptions = exemptions == null ? null : List.copyOf(exemptions);
  }

  public boolean isEmpty() {
    return title == null && effect == null && scope == null && thresholds == null && exemptions == null
        && legalBasis == null;
  }
}
