package org.kenmon.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenmon.regime.Effect;
import org.kenmon.regime.MeasureKind;

/**
 * Every measure of a history laid out over time: for each measure, the spans in which its
 * substance stayed the same (a new span starts at each amendment; renewals only leave a tick),
 * and for each date on which something changed, how much changed. Renderers draw this as bars.
 */
public record Timeline(List<Row> rows, List<ChangeDate> changeDates) {

  public Timeline {
    rows = List.copyOf(rows);
    changeDates = List.copyOf(changeDates);
  }

  /** One measure: its spans in date order. */
  public record Row(String id, String issuer, MeasureKind kind, String title, List<Span> spans) {
    public Row {
      spans = List.copyOf(spans);
    }
  }

  /**
   * A period in which a measure's substance did not change. {@code to} is null while open-ended;
   * {@code renewals} are the dates inside it on which the measure was renewed unchanged.
   */
  public record Span(LocalDate from, LocalDate to, Effect effect, String thresholds, List<String> exceptions,
      boolean unconfirmed, List<LocalDate> renewals) {
    public Span {
      exceptions = List.copyOf(exceptions);
      renewals = List.copyOf(renewals);
    }
  }

  /** A date on which measures came into force, ended or were amended. */
  public record ChangeDate(LocalDate date, int added, int removed, int changed) {
    public int total() {
      return added + removed + changed;
    }
  }

  public static Timeline of(RegimeHistory history) {
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    List<ChangeDate> changes = new ArrayList<>();
    history.regimes().forEach(r -> r.measures().forEach(m -> spans.put(m.id(), new ArrayList<>())));
    List<Rulebook> epochs = history.epochs();
    for (int i = 1; i < epochs.size(); i++) {
      Rulebook previous = epochs.get(i - 1);
      Rulebook epoch = epochs.get(i);
      RegimeDiff diff = RegimeDiff.between(previous, epoch, previous.from(), epoch.from());
      if (diff.added().size() + diff.removed().size() + diff.changed().size() > 0) {
        changes.add(new ChangeDate(epoch.from(), diff.added().size(), diff.removed().size(), diff.changed().size()));
      }
      for (MeasureInForce m : epoch.measures()) {
        List<Span> list = spans.get(m.id());
        MeasureInForce before = previous.measure(m.id()).orElse(null);
        boolean continues = before != null && before.substanceChanges(m).isEmpty() && !list.isEmpty();
        if (continues) {
          Span last = list.remove(list.size() - 1);
          List<LocalDate> renewals = new ArrayList<>(last.renewals());
          if (!before.interval().equals(m.interval())) {
            renewals.add(m.validFrom());
          }
          list.add(new Span(last.from(), epoch.to(), last.effect(), last.thresholds(), last.exceptions(),
              last.unconfirmed() || m.isUnconfirmed(), renewals));
        } else {
          list.add(new Span(epoch.from(), epoch.to(), m.effect(), describeThresholds(m),
              m.exemptions().stream().map(e -> e.id()).toList(), m.isUnconfirmed(), List.of()));
        }
      }
    }
    List<Row> out = new ArrayList<>();
    history.regimes().forEach(r -> r.measures().forEach(m ->
        out.add(new Row(m.id(), m.issuer(), m.kind(), m.title(), spans.get(m.id())))));
    return new Timeline(out, changes);
  }

  private static String describeThresholds(MeasureInForce m) {
    return String.join("; ", m.thresholds().stream().map(t -> t.describe()).toList());
  }

  /** The {@code n} dates with the most changes, in date order: the ones a reader should see first. */
  public List<ChangeDate> keyDates(int n) {
    return changeDates.stream()
        .sorted(Comparator.comparingInt(ChangeDate::total).reversed().thenComparing(ChangeDate::date))
        .limit(n)
        .sorted(Comparator.comparing(ChangeDate::date))
        .toList();
  }

  /** First day any measure is in force, or null for an empty history. */
  public LocalDate start() {
    return rows.stream().flatMap(r -> r.spans().stream()).map(Span::from).min(LocalDate::compareTo).orElse(null);
  }
}
