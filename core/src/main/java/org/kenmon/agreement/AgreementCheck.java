package org.kenmon.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kenmon.hs.HsPattern;
import org.kenmon.problems.Problem;
import org.kenmon.problems.Problem.Severity;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Regime;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.yaml.RegimeFile;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.RegimeHistory;

/**
 * Checks an agreement file against the loaded regimes, as {@link
 * org.kenmon.regime.yaml.RegimeLoader#crossCheck} checks regime files against each other: every
 * change names a measure that exists (an added one, a measure that does not), of an issuer that is
 * a party, that the change fits on its day (in force, with a goods scope to narrow, without an
 * exception of the same id); related ids of added measures exist. For an agreement that says the
 * regimes record it, each change must be found in them and applying the agreement to the regimes
 * without it must give back what they record; otherwise a change that would change nothing is
 * reported as a warning. Every problem names file, line, column and field.
 */
public final class AgreementCheck {
  private AgreementCheck() {}

  /**
   * The file's own problems followed by those found against the regimes.
   *
   * @param effective the effective date to assume when the agreement has none yet (its condition
   *     is not met), or null: then changes without their own {@code from} are not checked on a date
   */
  public static List<Problem> check(AgreementFile file, List<Regime> regimes, LocalDate effective) {
    List<Problem> problems = new ArrayList<>();
    Agreement a = file.agreement();
    if (a == null) {
      return file.problems();
    }
    LocalDate date = a.effectiveDate().orElse(effective);
    Map<String, Measure> measures = new HashMap<>();
    for (Regime r : regimes) {
      r.measures().forEach(m -> measures.put(m.id(), m));
    }
    for (int i = 0; i < a.changes().size(); i++) {
      Change c = a.changes().get(i);
      Measure m = measures.get(c.measureId());
      if (m != null && c.op() != Change.Op.ADD_MEASURE && !a.parties().contains(m.issuer())) {
        problems.add(file.sites().get(i).measure().problem(Severity.ERROR, c.measureId() + " is a measure of "
            + m.issuer() + ", which is not a party to the agreement (" + String.join(", ", a.parties()) + ")"));
      }
    }
    for (RegimeFile.Reference r : file.references()) {
      if (!measures.containsKey(r.id())) {
        problems.add(new Problem(Severity.ERROR, r.file(), r.line(), r.column(), r.field(),
            "related measure \"" + r.id() + "\" is not defined in any regime loaded"));
      }
    }
    Set<Integer> failed = new HashSet<>();
    AgreementOverlay.Failures report = (i, message) -> {
      failed.add(i);
      Change c = a.changes().get(i);
      if (c.fromOr(date) == null) {
        return; // nothing to check on a date the agreement does not have yet
      }
      problems.add(file.sites().get(i).measure().problem(Severity.ERROR, message));
    };
    if (a.recordedInRegimes()) {
      List<Regime> without = AgreementOverlay.retract(regimes, a, date, report);
      if (failed.isEmpty()) {
        List<Regime> again = AgreementOverlay.apply(without, a, date, report);
        compare(file, regimes, again, date, true, failed, problems);
      }
    } else {
      List<Regime> with = AgreementOverlay.apply(regimes, a, date, report);
      compare(file, regimes, with, date, false, failed, problems);
    }
    problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    List<Problem> all = new ArrayList<>(file.problems());
    all.addAll(problems);
    return all;
  }

  /**
   * For each change, the measure it changes on its first day in {@code regimes} and in {@code
   * other}: for a recorded agreement they must agree, otherwise they must differ.
   */
  private static void compare(AgreementFile file, List<Regime> regimes, List<Regime> other, LocalDate date,
      boolean mustAgree, Set<Integer> failed, List<Problem> problems) {
    Agreement a = file.agreement();
    RegimeHistory left = RegimeHistory.of(regimes);
    RegimeHistory right = RegimeHistory.of(other);
    for (int i = 0; i < a.changes().size(); i++) {
      Change c = a.changes().get(i);
      LocalDate day = c.fromOr(date);
      if (day == null || failed.contains(i)) {
        continue;
      }
      Optional<MeasureInForce> recorded = left.on(day).measure(c.measureId());
      Optional<MeasureInForce> changed = right.on(day).measure(c.measureId());
      String l = describe(recorded);
      String r = describe(changed);
      AgreementFile.Site site = file.sites().get(i).change();
      if (mustAgree && !l.equals(r)) {
        problems.add(site.problem(Severity.ERROR, "recorded_in_regimes is true, but on " + day + " the regimes hold "
            + c.measureId() + " as " + l + ", while the agreement makes it " + r));
      } else if (!mustAgree && l.equals(r)) {
        problems.add(site.problem(Severity.WARNING, "changes nothing on " + day + ": " + c.measureId() + " is already "
            + l + "; if the regimes already record this agreement, set recorded_in_regimes: true"));
      }
    }
  }

  /**
   * What an agreement can change about a measure on a day, in words: in force or not, thresholds,
   * exceptions in force (by id), goods scope.
   */
  static String describe(Optional<MeasureInForce> m) {
    if (m.isEmpty()) {
      return "not in force";
    }
    MeasureInForce f = m.get();
    List<String> parts = new ArrayList<>();
    parts.add("in force (" + f.effect().code() + ")");
    List<String> thresholds = f.thresholds().stream().map(Threshold::describe).toList();
    if (!thresholds.isEmpty()) {
      parts.add("thresholds " + String.join("; ", thresholds));
    }
    TreeSet<String> exceptions = new TreeSet<>();
    for (Exemption e : f.exemptions()) {
      exceptions.add(e.id());
    }
    if (!exceptions.isEmpty()) {
      parts.add("exceptions " + String.join(", ", exceptions));
    }
    if (f.scope().goods() != null) {
      var g = f.scope().goods();
      TreeSet<String> except = new TreeSet<>();
      for (HsPattern p : g.exceptHs()) {
        except.add(p.toString());
      }
      parts.add("goods " + (g.all() ? "all" : g.hs() + " " + g.categories()) + (except.isEmpty() ? ""
          : " except HS " + String.join(", ", except)));
    }
    return String.join(", ", parts);
  }
}
