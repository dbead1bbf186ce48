package org.kenmon.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kenmon.regime.Source;
import org.kenmon.regime.Unconfirmed;

/**
 * An agreement between parties and the changes to sanctions measures it brings, as read from one
 * agreement file (docs/agreements.md). It takes effect on {@code effective}, or once {@code
 * condition} is met ({@code conditionMetOn}, when known). Apply it with {@link AgreementOverlay}.
 *
 * @param recordedInRegimes whether the regime files already hold its changes (then "without" is
 *     the regimes with the changes retracted, "with" the regimes as recorded)
 * @param reciprocal the other side's commitments, as text
 * @param origin where it was read from, for messages
 * @param sha256 hex SHA-256 of the file's text
 */
public record Agreement(
    String id,
    String title,
    Status status,
    List<String> parties,
    LocalDate announced,
    LocalDate effective,
    String condition,
    LocalDate conditionMetOn,
    boolean recordedInRegimes,
    Map<String, Source> sources,
    List<String> reciprocal,
    List<Change> changes,
    String notes,
    List<Unconfirmed> unconfirmed,
    String origin,
    String sha256) {

  /** Whether the agreement was concluded, or is a what-if that nobody agreed. */
  public enum Status {
    CONCLUDED,
    HYPOTHETICAL;

    /** The YAML spelling. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Agreement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(announced, "announced");
    if ((effective == null) == (condition == null)) {
      throw new IllegalArgumentException("an agreement needs exactly one of effective or condition: " + id);
    }
    if (conditionMetOn != null && condition == null) {
      throw new IllegalArgumentException("condition_met_on without a condition: " + id);
    }
    parties = List.copyOf(parties);
    sources = Map.copyOf(sources);
    reciprocal = List.copyOf(reciprocal);
    changes = List.copyOf(changes);
    unconfirmed = List.copyOf(unconfirmed);
  }

  public boolean isHypothetical() {
    return status == Status.HYPOTHETICAL;
  }

  /**
   * The day the agreement takes effect: {@code effective}, else the day its condition was met;
   * empty while the condition is not met.
   */
  public Optional<LocalDate> effectiveDate() {
    return Optional.ofNullable(effective != null ? effective : conditionMetOn);
  }
}
