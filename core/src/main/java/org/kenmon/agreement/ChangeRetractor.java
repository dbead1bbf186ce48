package org.kenmon.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kenmon.agreement.AgreementOverlay.NotApplicable;
import org.kenmon.agreement.AgreementOverlay.Workspace;
import org.kenmon.hs.HsPattern;
import org.kenmon.regime.Amendment;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.GoodsScope;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Validity;

/**
 * Retracts one change of an agreement from regimes that record it: finds the change where the op
 * says it must be (an interval that ends the day before {@code from}, one that starts on {@code
 * from} with the amendment, an exception whose validity starts then) and lets the measure as it
 * stood the day before carry on instead. Fails when the regimes do not record the change.
 */
final class ChangeRetractor {
  private final Workspace w;
  private final Agreement a;
  private final Change c;
  private final LocalDate from;

  ChangeRetractor(Workspace w, Change c, LocalDate from) {
    this.w = w;
    this.a = w.agreement();
    this.c = c;
    this.from = from;
  }

  void run() {
    if (from == null) {
      throw new NotApplicable("no date: the change has no from and the agreement no effective date yet");
    }
    switch (c.op()) {
      case WITHDRAW:
        fillGap(null);
        break;
      case SUSPEND:
        fillGap(c.until());
        break;
      case AMEND_THRESHOLDS:
        amendThresholds();
        break;
      case NARROW_GOODS:
        narrowGoods();
        break;
      case ADD_EXCEPTION:
        addException();
        break;
      case ADD_MEASURE:
        addMeasure();
        break;
      default:
        throw new AssertionError(c.op());
    }
  }

  private String recorded() {
    return "recorded_in_regimes is true, but ";
  }

  /** The span the withdrawal or suspension left empty, filled with the measure as it stood the day before. */
  private void fillGap(LocalDate until) {
    MeasureEdit e = w.edit(c.measureId());
    LocalDate before = from.minusDays(1);
    if (e.inForceOn(from)) {
      throw new NotApplicable(recorded() + c.measureId() + " is in force on " + from + ": the regimes record no "
          + c.op().code() + " that day");
    }
    if (!e.inForceOn(before)) {
      throw new NotApplicable(recorded() + c.measureId() + " is not in force on " + before
          + ", the day before the change: the regimes record no " + c.op().code() + " on " + from);
    }
    LocalDate next = e.nextStartAfter(from);
    LocalDate to = next == null ? until : until == null || next.isBefore(until.plusDays(1)) ? next.minusDays(1) : until;
    e.insert(new Validity(from, to, null, continued(), List.of(), List.of(), Amendment.NONE));
  }

  private void amendThresholds() {
    MeasureEdit e = w.edit(c.measureId());
    int i = e.indexStarting(from);
    if (i < 0 || e.interval(i).amendment().thresholds() == null) {
      throw new NotApplicable(recorded() + "no interval of " + c.measureId() + " starts on " + from
          + " with new thresholds: the regimes record no amend_thresholds that day");
    }
    Amendment am = e.interval(i).amendment();
    retracted(e, i, new Amendment(am.title(), am.effect(), am.scope(), null, am.exemptions(), am.legalBasis()));
  }

  private void narrowGoods() {
    MeasureEdit e = w.edit(c.measureId());
    int i = e.indexStarting(from);
    Scope s = i < 0 ? null : e.interval(i).amendment().scope();
    if (s == null || s.goods() == null || !s.goods().exceptHs().containsAll(c.exceptHs())) {
      throw new NotApplicable(recorded() + "no interval of " + c.measureId() + " starts on " + from
          + " with a goods scope that excludes " + c.exceptHs() + ": the regimes record no narrow_goods that day");
    }
    GoodsScope g = s.goods();
    List<HsPattern> except = new ArrayList<>(g.exceptHs());
    except.removeAll(c.exceptHs());
    Scope widened = new Scope(s.directions(), s.destination(), s.origin(), s.involving(),
        new GoodsScope(g.all(), g.hs(), g.categories(), except, g.note()), s.parties(), s.vessels(),
        s.viaThirdCountries(), s.condition(), s.note());
    Scope before = i == 0 ? e.original().scope() : e.scopeAt(i - 1);
    Amendment am = e.interval(i).amendment();
    retracted(e, i, new Amendment(am.title(), am.effect(), widened.equals(before) ? null : widened, am.thresholds(),
        am.exemptions(), am.legalBasis()));
  }

  private void addException() {
    MeasureEdit e = w.edit(c.measureId());
    String id = c.exception().id();
    boolean[] found = {false};
    e.changeExemptionLists(list -> {
      List<Exemption> out = new ArrayList<>();
      for (Exemption x : list) {
        if (x.id().equals(id) && x.validity().stream().anyMatch(v -> v.from().equals(from))) {
          found[0] = true;
          List<Validity> rest = x.validity().stream().filter(v -> !v.from().equals(from)).toList();
          if (!rest.isEmpty()) {
            out.add(new Exemption(x.id(), x.title(), x.when(), x.effect(), rest, x.legalBasis(), x.sourceIds(),
                x.note()));
          }
        } else {
          out.add(x);
        }
      }
      return out;
    });
    if (found[0]) {
      return;
    }
    // Else the exception may come with an interval that amends the exceptions list on that day.
    int i = e.indexStarting(from);
    List<Exemption> amended = i < 0 ? null : e.interval(i).amendment().exemptions();
    List<Exemption> before = i <= 0 ? e.original().exemptions() : e.exemptionsAt(i - 1);
    Optional<Exemption> added = amended == null ? Optional.empty()
        : amended.stream().filter(x -> x.id().equals(id)).findFirst();
    if (added.isEmpty() || before.stream().anyMatch(x -> x.id().equals(id))) {
      throw new NotApplicable(recorded() + c.measureId() + " has no exception \"" + id + "\" that starts on " + from
          + ": the regimes record no add_exception that day");
    }
    List<Exemption> rest = new ArrayList<>(amended);
    rest.remove(added.get());
    Amendment am = e.interval(i).amendment();
    retracted(e, i, new Amendment(am.title(), am.effect(), am.scope(), am.thresholds(),
        rest.equals(before) ? null : rest, am.legalBasis()));
  }

  private void addMeasure() {
    if (!w.exists(c.measureId())) {
      throw new NotApplicable(recorded() + "the regimes hold no measure \"" + c.measureId() + "\" to retract");
    }
    MeasureEdit e = w.edit(c.measureId());
    LocalDate start = e.interval(0).from();
    if (start.isBefore(from)) {
      throw new NotApplicable(recorded() + c.measureId() + " is in force from " + start + ", before the change ("
          + from + ")");
    }
    e.removeAll();
  }

  /**
   * The interval at {@code i} with the change's amendment taken out; when nothing is left to
   * amend it becomes a plain continuation (its dates and unconfirmed end kept).
   */
  private void retracted(MeasureEdit e, int i, Amendment rest) {
    Validity v = e.interval(i);
    if (rest.isEmpty()) {
      e.replace(i, new Validity(v.from(), v.to(), null, continued(), List.of(),
          v.unconfirmed().stream().filter(u -> u.field().equals("to")).toList(), Amendment.NONE));
    } else {
      e.replace(i, new Validity(v.from(), v.to(), v.decidedOn(),
          (v.note() == null ? "" : v.note() + "; ") + c.op().code() + " of agreement " + a.id() + " retracted",
          v.sourceIds(), v.unconfirmed(), rest));
    }
  }

  private String continued() {
    return "continued as on " + from.minusDays(1) + ": without agreement " + a.id() + " (" + c.op().code()
        + " retracted)";
  }
}
