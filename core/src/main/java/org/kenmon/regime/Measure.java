package org.kenmon.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One obligation of one issuer: what it covers, what it does, on what legal basis, according to
 * which sources, and in which intervals it is in force. Fields here are the defaults; a {@link
 * Validity} interval may amend them for its own period. Use {@link
 * org.kenmon.rulebook.RegimeHistory} to see a measure as it stood on a date.
 */
public record Measure(
    String id,
    String issuer,
    String target,
    String title,
    MeasureKind kind,
    Effect effect,
    Scope scope,
    List<Threshold> thresholds,
    List<Exemption> exemptions,
    String legalBasis,
    List<String> sourceIds,
    List<String> related,
    List<Validity> validity,
    String notes,
    List<Unconfirmed> unconfirmed) {

  public Measure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(effect, "effect");
    scope = scope == null ? Scope.EMPTY : scope;
    thresholds = List.copyOf(thresholds);
    exemptions = List.copyOf(exemptions);
    sourceIds = List.copyOf(sourceIds);
    related = List.copyOf(related);
    validity = List.copyOf(validity);
    unconfirmed = List.copyOf(unconfirmed);
  }

  /** The interval in force on this date, if any. */
  public Optional<Validity> intervalOn(LocalDate date) {
    for (Validity v : validity) {
      if (v.contains(date)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
