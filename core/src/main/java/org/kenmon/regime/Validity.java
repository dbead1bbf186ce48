package org.kenmon.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One inclusive interval in which a measure is in force, with what was decided for it. A renewal
 * carries no {@link Amendment}; an amendment overrides some of the measure's fields for this
 * interval only, so that no measure is ever edited in place.
 *
 * @param to the last day in force, or null while open-ended
 */
public record Validity(
    LocalDate from,
    LocalDate to,
    LocalDate decidedOn,
    String note,
    List<String> sourceIds,
    List<Unconfirmed> unconfirmed,
    Amendment amendment) {

  public Validity {
    Objects.requireNonNull(from, "from");
    sourceIds = List.copyOf(sourceIds);
    unconfirmed = List.copyOf(unconfirmed);
    amendment = amendment == null ? Amendment.NONE : amendment;
  }

  public static Validity of(LocalDate from, LocalDate to) {
    return new Validity(from, to, null, null, List.of(), List.of(), Amendment.NONE);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  public boolean isOpen() {
    return to == null;
  }

  /** The day after the interval ends, or null while open-ended. */
  public LocalDate endExclusive() {
    return to == null ? null : to.plusDays(1);
  }

  @Override
  public String toString() {
    return from + ".." + (to == null ? "" : to);
  }
}
