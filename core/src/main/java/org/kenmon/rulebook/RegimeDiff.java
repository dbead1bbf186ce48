package org.kenmon.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What differs between the measures in force on two dates. A measure in force on both dates is
 * <em>changed</em> when its substance differs (kind, effect, title, scope, thresholds, exceptions,
 * legal basis) and <em>renewed</em> when only its interval does; otherwise it is listed as
 * unchanged.
 */
public record RegimeDiff(
    LocalDate from,
    LocalDate to,
    List<MeasureInForce> added,
    List<MeasureInForce> removed,
    List<Change> changed,
    List<Change> renewed,
    List<String> unchanged) {

  public RegimeDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    renewed = List.copyOf(renewed);
    unchanged = List.copyOf(unchanged);
  }

  /** One measure in force on both dates; {@code fields} lists what changed in substance. */
  public record Change(String id, MeasureInForce before, MeasureInForce after, List<String> fields) {
    public Change {
      fields = List.copyOf(fields);
    }
  }

  public static RegimeDiff between(Rulebook before, Rulebook after, LocalDate from, LocalDate to) {
    List<MeasureInForce> added = new ArrayList<>();
    List<MeasureInForce> removed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    List<Change> renewed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (MeasureInForce b : before.measures()) {
      MeasureInForce a = after.measure(b.id()).orElse(null);
      if (a == null) {
        removed.add(b);
        continue;
      }
      List<String> fields = b.substanceChanges(a);
      if (!fields.isEmpty()) {
        changed.add(new Change(b.id(), b, a, fields));
      } else if (!a.interval().equals(b.interval())) {
        renewed.add(new Change(b.id(), b, a, List.of()));
      } else {
        unchanged.add(b.id());
      }
    }
    for (MeasureInForce a : after.measures()) {
      if (before.measure(a.id()).isEmpty()) {
        added.add(a);
      }
    }
    return new RegimeDiff(from, to, added, removed, changed, renewed, unchanged);
  }

  /** Whether anything changed in substance (renewals aside). */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }
}
