package org.kenmon.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kenmon.regime.Direction;

/**
 * The measures in force throughout one period in which nothing changes (an "epoch"): immutable,
 * cheap to share across threads and Flink operators. Get one from {@link RegimeHistory#on}.
 *
 * <p>Measures are kept in regime-file order and indexed by id and by direction, so that screening
 * looks only at the measures that can apply to a transaction's movement.
 */
public final class Rulebook {
  private final LocalDate from;
  private final LocalDate to;
  private final List<MeasureInForce> measures;
  private final Map<String, MeasureInForce> byId;
  private final Map<Direction, List<MeasureInForce>> byDirection;

  Rulebook(LocalDate from, LocalDate to, List<MeasureInForce> measures) {
    this.from = from;
    this.to = to;
    this.measures = List.copyOf(measures);
    Map<String, MeasureInForce> ids = new LinkedHashMap<>();
    Map<Direction, List<MeasureInForce>> directions = new EnumMap<>(Direction.class);
    for (Direction d : Direction.values()) {
      directions.put(d, new ArrayList<>());
    }
    for (MeasureInForce m : this.measures) {
      ids.put(m.id(), m);
      for (Direction d : Direction.values()) {
        if (m.scope().covers(d)) {
          directions.get(d).add(m);
        }
      }
    }
    directions.replaceAll((d, list) -> List.copyOf(list));
    this.byId = Collections.unmodifiableMap(ids);
    this.byDirection = Collections.unmodifiableMap(directions);
  }

  /** First day of the period this rulebook holds for; {@link LocalDate#MIN} before any measure. */
  public LocalDate from() {
    return from;
  }

  /** Last day of the period, or null when nothing is known to change after it. */
  public LocalDate to() {
    return to;
  }

  public List<MeasureInForce> measures() {
    return measures;
  }

  public Optional<MeasureInForce> measure(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Measures whose scope covers this direction (including those without a direction). */
  public List<MeasureInForce> applicableTo(Direction direction) {
    return byDirection.get(direction);
  }

  /** This rulebook with only the measures of these issuers; all of them when {@code issuers} is empty. */
  public Rulebook restrictTo(Set<String> issuers) {
    if (issuers.isEmpty()) {
      return this;
    }
    return new Rulebook(from, to, measures.stream().filter(m -> issuers.contains(m.issuer())).toList());
  }

  @Override
  public String toString() {
    return "Rulebook[" + from + ".." + (to == null ? "" : to) + ", " + measures.size() + " measures]";
  }
}
