package org.kenmon.rulebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kenmon.regime.Effect;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.Measure;
import org.kenmon.regime.MeasureKind;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Source;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.Unconfirmed;
import org.kenmon.regime.Validity;

/**
 * A measure as it stood within one validity interval: the interval's amendments applied, only
 * the exceptions in force, its sources resolved, and the unconfirmed facts that concern it.
 */
public record MeasureInForce(
    Measure measure,
    Validity interval,
    String title,
    Effect effect,
    Scope scope,
    List<Threshold> thresholds,
    List<Exemption> exemptions,
    String legalBasis,
    List<Source> sources,
    List<Unconfirmed> unconfirmed) {

  public MeasureInForce {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(interval, "interval");
    thresholds = List.copyOf(thresholds);
    exemptions = List.copyOf(exemptions);
    sources = List.copyOf(sources);
    unconfirmed = List.copyOf(unconfirmed);
  }

  public String id() {
    return measure.id();
  }

  public String issuer() {
    return measure.issuer();
  }

  /** The country the measure's regime targets. */
  public String target() {
    return measure.target();
  }

  public MeasureKind kind() {
    return measure.kind();
  }

  public LocalDate validFrom() {
    return interval.from();
  }

  /** Last day of the current interval, or null while open-ended. */
  public LocalDate validTo() {
    return interval.to();
  }

  public boolean isUnconfirmed() {
    return !unconfirmed.isEmpty();
  }

  /**
   * The fields whose substance differs from {@code other} (kind, effect, title, scope,
   * thresholds, exceptions, legal basis); empty when only the interval, sources or notes differ,
   * as after a plain renewal.
   */
  public List<String> substanceChanges(MeasureInForce other) {
    List<String> fields = new java.util.ArrayList<>();
    if (kind() != other.kind()) {
      fields.add("kind");
    }
    if (effect != other.effect) {
      fields.add("effect");
    }
    if (!title.equals(other.title)) {
      fields.add("title");
    }
    if (!scope.equals(other.scope)) {
      fields.add("scope");
    }
    if (!thresholds.equals(other.thresholds)) {
      fields.add("thresholds");
    }
    if (!exemptions.equals(other.exemptions)) {
      fields.add("exceptions");
    }
    if (!Objects.equals(legalBasis, other.legalBasis)) {
      fields.add("legal_basis");
    }
    return fields;
  }
}
