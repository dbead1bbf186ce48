package org.kenmon.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kenmon.regime.Amendment;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Regime;
import org.kenmon.regime.Source;
import org.kenmon.regime.Unconfirmed;
import org.kenmon.regime.Validity;
import org.kenmon.stamp.Hashing;

/**
 * A set of regimes compiled for evaluation on any date. Every date on which some measure,
 * amendment or exception starts or ends opens a new epoch; the {@link Rulebook} of each epoch is
 * built once, so {@link #on(LocalDate)} is a binary search with no allocation. Immutable and
 * thread-safe.
 */
public final class RegimeHistory {
  private final List<Regime> regimes;
  private final LocalDate[] epochStarts;
  private final Rulebook[] rulebooks;
  private final String dataHash;

  private RegimeHistory(List<Regime> regimes) {
    this.regimes = List.copyOf(regimes);
    TreeSet<LocalDate> boundaries = new TreeSet<>();
    for (Regime r : regimes) {
      for (Measure m : r.measures()) {
        collectBoundaries(m, boundaries);
      }
    }
    List<LocalDate> starts = new ArrayList<>();
    starts.add(LocalDate.MIN);
    starts.addAll(boundaries);
    this.epochStarts = starts.toArray(new LocalDate[0]);
    this.rulebooks = new Rulebook[epochStarts.length];
    for (int i = 0; i < epochStarts.length; i++) {
      LocalDate to = i + 1 < epochStarts.length ? epochStarts[i + 1].minusDays(1) : null;
      rulebooks[i] = compile(epochStarts[i], to);
    }
    StringBuilder ids = new StringBuilder();
    regimes.stream().sorted(java.util.Comparator.comparing(Regime::id))
        .forEach(r -> ids.append(r.id()).append(':').append(r.sha256()).append('\n'));
    this.dataHash = Hashing.sha256(ids.toString());
  }

  public static RegimeHistory of(List<Regime> regimes) {
    return new RegimeHistory(regimes);
  }

  public List<Regime> regimes() {
    return regimes;
  }

  /** Hex SHA-256 over the regime ids and file hashes: names exactly the data verdicts used. */
  public String dataHash() {
    return dataHash;
  }

  /** The rulebook in force on a date. */
  public Rulebook on(LocalDate date) {
    int i = Arrays.binarySearch(epochStarts, date);
    return rulebooks[i >= 0 ? i : -i - 2];
  }

  /** Every date on which something starts or ends, in order. */
  public List<LocalDate> changeDates() {
    return List.of(epochStarts).subList(1, epochStarts.length);
  }

  /** The rulebooks of all epochs in order, the first one (before any measure) included. */
  public List<Rulebook> epochs() {
    return List.of(rulebooks);
  }

  /** This history with only the regimes of these issuers; itself when {@code issuers} is empty. */
  public RegimeHistory restrictTo(Set<String> issuers) {
    if (issuers.isEmpty()) {
      return this;
    }
    return new RegimeHistory(regimes.stream().filter(r -> issuers.contains(r.issuer())).toList());
  }

  /** The issuers of the loaded regimes, in load order. */
  public Set<String> issuers() {
    Set<String> out = new LinkedHashSet<>();
    regimes.forEach(r -> out.add(r.issuer()));
    return out;
  }

  private static void collectBoundaries(Measure m, Set<LocalDate> out) {
    for (Validity v : m.validity()) {
      out.add(v.from());
      if (v.to() != null) {
        out.add(v.endExclusive());
      }
    }
    // Every exception that any interval can carry forward: its own validity opens epochs too.
    List<Exemption> all = new ArrayList<>(m.exemptions());
    for (Validity v : m.validity()) {
      if (v.amendment().exemptions() != null) {
        all.addAll(v.amendment().exemptions());
      }
    }
    for (Exemption e : all) {
      for (Validity ev : e.validity()) {
        out.add(ev.from());
        if (ev.to() != null) {
          out.add(ev.endExclusive());
        }
      }
    }
  }

  private Rulebook compile(LocalDate from, LocalDate to) {
    List<MeasureInForce> inForce = new ArrayList<>();
    if (!from.equals(LocalDate.MIN)) {
      for (Regime r : regimes) {
        for (Measure m : r.measures()) {
          m.intervalOn(from).ifPresent(v -> inForce.add(resolve(r, m, v, from)));
        }
      }
    }
    return new Rulebook(from, to, inForce);
  }

  /**
   * The measure as amended up to and including its interval, with the exceptions in force on
   * {@code date}. Amendments carry forward: a later renewal keeps what an earlier interval amended
   * until another interval amends it again, as an amended law stays amended.
   */
  static MeasureInForce resolve(Regime regime, Measure m, Validity v, LocalDate date) {
    Amendment a = Amendment.NONE;
    for (Validity earlier : m.validity()) {
      a = a.overriddenBy(earlier.amendment());
      if (earlier == v) {
        break;
      }
    }
    List<Exemption> exemptions = (a.exemptions() != null ? a.exemptions() : m.exemptions()).stream()
        .filter(e -> e.inForceOn(date)).toList();
    Set<String> sourceIds = new LinkedHashSet<>(m.sourceIds());
    sourceIds.addAll(v.sourceIds());
    exemptions.forEach(e -> sourceIds.addAll(e.sourceIds()));
    Map<String, Source> catalogue = regime.sources();
    List<Source> sources = sourceIds.stream().map(catalogue::get).filter(s -> s != null).toList();
    return new MeasureInForce(m, v,
        a.title() != null ? a.title() : m.title(),
        a.effect() != null ? a.effect() : m.effect(),
        a.scope() != null ? a.scope() : m.scope(),
        a.thresholds() != null ? a.thresholds() : m.thresholds(),
        exemptions,
        a.legalBasis() != null ? a.legalBasis() : m.legalBasis(),
        sources,
        unconfirmedFor(m, v));
  }

  /**
   * The measure's unconfirmed facts that concern this interval: measure-level ones (those about
   * another interval left out) and the interval's own, with interval fields renamed as the
   * snapshot shows them ({@code from} becomes {@code valid_from}).
   */
  private static List<Unconfirmed> unconfirmedFor(Measure m, Validity v) {
    int index = m.validity().indexOf(v);
    List<Unconfirmed> out = new ArrayList<>();
    String own = "validity[" + index + "]";
    for (Unconfirmed u : m.unconfirmed()) {
      if (u.field().startsWith("validity[")) {
        if (u.field().startsWith(own + ".")) {
          out.add(new Unconfirmed(snapshotField(u.field().substring(own.length() + 1)), u.note()));
        }
      } else {
        out.add(u);
      }
    }
    for (Unconfirmed u : v.unconfirmed()) {
      out.add(new Unconfirmed(snapshotField(u.field()), u.note()));
    }
    return out;
  }

  private static String snapshotField(String intervalField) {
    switch (intervalField) {
      case "from":
        return "valid_from";
      case "to":
        return "valid_to";
      default:
        return intervalField;
    }
  }
}
