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

  /** A date on which measures of one issuer came into force, ended or were amended. */
  public record ChangeDate(String issuer, LocalDate date, int added, int removed, int changed) {
    public int total() {
      return added + removed + changed;
    }
  }

  /**
   * Change dates close together, summed: a package of measures often takes effect over a few
   * weeks (Japan's of February 2016 on the 10th, 19th and 26th), and is one event to a reader.
   */
  public record ChangePeriod(String issuer, LocalDate from, LocalDate to, int added, int removed, int changed) {
    public int total() {
      return added + removed + changed;
    }

    /** "JP 2014-07-04" or "JP 2016-02-10 to 2016-03-11". */
    public String label() {
      return issuer + " " + (from.equals(to) ? from.toString() : from + " to " + to);
    }
  }

  /** Days between two change dates that still belong to one period. */
  public static final int PERIOD_GAP_DAYS = 31;

  public static Timeline of(RegimeHistory history) {
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    List<ChangeDate> changes = new ArrayList<>();
    history.regimes().forEach(r -> r.measures().forEach(m -> spans.put(m.id(), new ArrayList<>())));
    List<Rulebook> epochs = history.epochs();
    for (int i = 1; i < epochs.size(); i++) {
      Rulebook previous = epochs.get(i - 1);
      Rulebook epoch = epochs.get(i);
      for (String issuer : history.issuers()) {
        RegimeDiff diff = RegimeDiff.between(previous.restrictTo(java.util.Set.of(issuer)),
            epoch.restrictTo(java.util.Set.of(issuer)), previous.from(), epoch.from());
        if (!diff.isEmpty()) {
          changes.add(new ChangeDate(issuer, epoch.from(), diff.added().size(), diff.removed().size(),
              diff.changed().size()));
        }
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

  /**
   * The periods with the most changes, in date order: the ones a reader should see first. Each
   * issuer gets its share of the {@code n} (so that Japan's lifting of July 2014 is not crowded
   * out by the UN's many resolutions); change dates of one issuer less than {@link
   * #PERIOD_GAP_DAYS} apart form one period. Changes after {@code until} (the scheduled end of a
   * renewal period, say) are left out.
   */
  public List<ChangePeriod> keyPeriods(int n, LocalDate until) {
    List<String> issuers = changeDates.stream().map(ChangeDate::issuer).distinct().toList();
    int perIssuer = Math.max(1, n / Math.max(1, issuers.size()));
    List<ChangePeriod> out = new ArrayList<>();
    for (String issuer : issuers) {
      periods(issuer).stream()
          .filter(p -> !p.from().isAfter(until))
          // Most changes first; on a tie the later period, which matters more to today's readers.
          .sorted(Comparator.comparingInt(ChangePeriod::total).thenComparing(ChangePeriod::from).reversed())
          .limit(perIssuer)
          .forEach(out::add);
    }
    out.sort(Comparator.comparing(ChangePeriod::from).thenComparing(ChangePeriod::issuer));
    return out;
  }

  private List<ChangePeriod> periods(String issuer) {
    List<ChangePeriod> periods = new ArrayList<>();
    ChangePeriod open = null;
    for (ChangeDate d : changeDates) {
      if (!d.issuer().equals(issuer)) {
        continue;
      }
      if (open != null && !d.date().isAfter(open.to().plusDays(PERIOD_GAP_DAYS))) {
        open = new ChangePeriod(issuer, open.from(), d.date(), open.added() + d.added(),
            open.removed() + d.removed(), open.changed() + d.changed());
        periods.set(periods.size() - 1, open);
      } else {
        open = new ChangePeriod(issuer, d.date(), d.date(), d.added(), d.removed(), d.changed());
        periods.add(open);
      }
    }
    return periods;
  }

  /** First day any measure is in force, or null for an empty history. */
  public LocalDate start() {
    return rows.stream().flatMap(r -> r.spans().stream()).map(Span::from).min(LocalDate::compareTo).orElse(null);
  }
}
