package org.kenmon.regime;

import java.util.List;

/**
 * Fields a validity interval amends; null (or a null list) means "as before". Amendments carry
 * forward into later intervals until amended again.
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

  /** This amendment with every field the later one sets replaced by the later value. */
  public Amendment overriddenBy(Amendment later) {
    return new Amendment(
        later.title != null ? later.title : title,
        later.effect != null ? later.effect : effect,
        later.scope != null ? later.scope : scope,
        later.thresholds != null ? later.thresholds : thresholds,
        later.exemptions != null ? later.exemptions : exemptions,
        later.legalBasis != null ? later.legalBasis : legalBasis);
  }

  public boolean isEmpty() {
    return title == null && effect == null && scope == null && thresholds == null && exemptions == null
        && legalBasis == null;
  }
}
