package org.kenmon.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Regime;
import org.kenmon.regime.Source;
import org.kenmon.stamp.Hashing;

/**
 * Turns an agreement into regimes. {@link #apply} gives new regimes in which the agreement's
 * changes are validity intervals and amendments (docs/agreements.md, "Overlay rules"): the
 * interval in force on a change's {@code from} is cut there, the new thresholds, goods scope or
 * exception start on that day and carry forward, a withdrawal ends the measure the day before.
 * {@link #retract} does the reverse for an agreement the regimes already record. Measure ids stay
 * the same, so {@link org.kenmon.rulebook.RegimeDiff} compares the measures across the two.
 *
 * <p>Nothing is edited in place: the regimes given are not changed, and regimes the agreement does
 * not touch are returned as they are. Sources the changes cite are added to each touched regime's
 * catalogue as {@code AGREEMENT-ID/SOURCE-ID}. Check an agreement with {@link AgreementCheck} first:
 * a change that cannot apply (a measure that does not exist or is not in force on the day) makes
 * these methods throw {@link IllegalArgumentException}.
 */
public final class AgreementOverlay {
  private AgreementOverlay() {}

  /** The regimes without and with an agreement, to compare on {@code date}. */
  public record Scenario(Agreement agreement, LocalDate date, List<Regime> without, List<Regime> with) {
    public Scenario {
      without = List.copyOf(without);
      with = List.copyOf(with);
    }
  }

  /** Receives a change that could not be applied: its index and why. */
  interface Failures {
    void fail(int change, String message);
  }

  private static final Failures THROW = (i, message) -> {
    throw new IllegalArgumentException("change " + i + ": " + message);
  };

  /**
   * The regimes with the agreement's changes applied, each from its {@code from} (else the
   * agreement's effective date).
   *
   * @throws IllegalStateException when the agreement has no effective date yet (use the overload)
   * @throws IllegalArgumentException when a change cannot apply to these regimes
   */
  public static List<Regime> apply(List<Regime> regimes, Agreement a) {
    return apply(regimes, a, effective(a));
  }

  /**
   * As {@link #apply(List, Agreement)}, taking {@code effective} as the agreement's effective date
   * (for an agreement whose condition is not met yet).
   */
  public static List<Regime> apply(List<Regime> regimes, Agreement a, LocalDate effective) {
    return apply(regimes, a, effective, THROW);
  }

  /**
   * The regimes as they would be without an agreement they already record: each change retracted
   * (in reverse order), the measure as it stood the day before the change carried on over the span
   * the change governs, and nothing else moved. The rules per op are in docs/agreements.md.
   *
   * @throws IllegalArgumentException when the regimes do not record a change of the agreement
   */
  public static List<Regime> retract(List<Regime> regimes, Agreement a, LocalDate effective) {
    return retract(regimes, a, effective, THROW);
  }

  /**
   * The two sides of {@code kenmon agreement diff}: for an agreement the regimes record
   * ({@code recorded_in_regimes}), the regimes with its changes retracted and the regimes as they
   * are; otherwise the regimes as they are and the regimes with its changes applied.
   */
  public static Scenario scenario(List<Regime> regimes, Agreement a, LocalDate effective) {
    Objects.requireNonNull(effective, "effective");
    if (a.recordedInRegimes()) {
      return new Scenario(a, effective, retract(regimes, a, effective), regimes);
    }
    return new Scenario(a, effective, regimes, apply(regimes, a, effective));
  }

  static LocalDate effective(Agreement a) {
    return a.effectiveDate().orElseThrow(() -> new IllegalStateException("agreement " + a.id()
        + " has no effective date yet (condition not met: " + a.condition() + "); give one"));
  }

  static List<Regime> apply(List<Regime> regimes, Agreement a, LocalDate effective, Failures failures) {
    Workspace w = new Workspace(regimes, a);
    for (int i = 0; i < a.changes().size(); i++) {
      Change c = a.changes().get(i);
      try {
        w.touch(c);
        new ChangeApplier(w, c, c.fromOr(effective)).run();
      } catch (NotApplicable e) {
        w.rollback(c);
        failures.fail(i, e.getMessage());
      }
    }
    return w.build("with " + a.id());
  }

  static List<Regime> retract(List<Regime> regimes, Agreement a, LocalDate effective, Failures failures) {
    Workspace w = new Workspace(regimes, a);
    for (int i = a.changes().size() - 1; i >= 0; i--) {
      Change c = a.changes().get(i);
      try {
        w.touch(c);
        new ChangeRetractor(w, c, c.fromOr(effective)).run();
      } catch (NotApplicable e) {
        w.rollback(c);
        failures.fail(i, e.getMessage());
      }
    }
    return w.build("without " + a.id());
  }

  /** Why a change cannot apply; reported at the change by {@link AgreementCheck}. */
  static final class NotApplicable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotApplicable(String message) {
      super(message);
    }
  }

  /** The measures being edited, by id, and the regimes they belong to. */
  static final class Workspace {
    private final List<Regime> regimes;
    private final Agreement agreement;
    private final Map<String, MeasureEdit> edits = new LinkedHashMap<>();
    private final Map<String, Regime> regimeOf = new LinkedHashMap<>();
    private final Map<String, List<Measure>> added = new LinkedHashMap<>();
    private final Map<String, MeasureEdit> snapshot = new LinkedHashMap<>();

    Workspace(List<Regime> regimes, Agreement agreement) {
      this.regimes = regimes;
      this.agreement = agreement;
      for (Regime r : regimes) {
        for (Measure m : r.measures()) {
          regimeOf.put(m.id(), r);
        }
      }
    }

    Agreement agreement() {
      return agreement;
    }

    List<Regime> regimes() {
      return regimes;
    }

    /** Remembers the state of the change's measure, so that a failed change leaves no trace. */
    void touch(Change c) {
      snapshot.clear();
      MeasureEdit e = edits.get(c.measureId());
      if (e != null) {
        snapshot.put(c.measureId(), e.copy());
      }
    }

    void rollback(Change c) {
      MeasureEdit before = snapshot.get(c.measureId());
      if (before != null) {
        edits.put(c.measureId(), before);
      } else {
        edits.remove(c.measureId());
      }
    }

    boolean exists(String id) {
      return regimeOf.containsKey(id) || added.values().stream().flatMap(List::stream).anyMatch(m -> m.id().equals(id));
    }

    Regime regimeOf(String id) {
      return regimeOf.get(id);
    }

    /** The edit of a measure of the loaded regimes. */
    MeasureEdit edit(String id) {
      MeasureEdit e = edits.get(id);
      if (e != null) {
        return e;
      }
      Regime r = regimeOf.get(id);
      if (r == null) {
        throw new NotApplicable("measure \"" + id + "\" is not defined in any regime loaded");
      }
      Measure m = r.measures().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      e = new MeasureEdit(m);
      edits.put(id, e);
      return e;
    }

    void add(Regime r, Measure m) {
      added.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(m);
    }

    List<Regime> build(String how) {
      List<Regime> out = new ArrayList<>();
      for (Regime r : regimes) {
        boolean touched = added.containsKey(r.id());
        List<Measure> measures = new ArrayList<>();
        for (Measure m : r.measures()) {
          MeasureEdit e = edits.get(m.id());
          if (e == null) {
            measures.add(m);
            continue;
          }
          touched = true;
          Measure built = e.build();
          if (built != null) {
            measures.add(built);
          }
        }
        if (!touched) {
          out.add(r);
          continue;
        }
        measures.addAll(added.getOrDefault(r.id(), List.of()));
        Map<String, Source> sources = new LinkedHashMap<>(r.sources());
        agreement.sources().forEach((id, s) -> sources.put(cite(agreement, id), new Source(cite(agreement, id),
            s.title(), s.url())));
        out.add(new Regime(r.id(), r.issuer(), r.target(), r.title(), r.compiled(), sources, r.categories(), measures,
            r.origin() + " " + how + " (" + agreement.origin() + ")",
            Hashing.sha256(r.sha256() + "\n" + how + "\n" + agreement.sha256())));
      }
      return out;
    }
  }

  /** How a source of the agreement is cited inside the regimes it changes. */
  static String cite(Agreement a, String sourceId) {
    return a.id() + "/" + sourceId;
  }

  static List<String> cite(Agreement a, List<String> sourceIds) {
    return sourceIds.stream().map(s -> cite(a, s)).toList();
  }
}
