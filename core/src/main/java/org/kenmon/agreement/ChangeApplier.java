package org.kenmon.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kenmon.agreement.AgreementOverlay.NotApplicable;
import org.kenmon.agreement.AgreementOverlay.Workspace;
import org.kenmon.hs.HsPattern;
import org.kenmon.regime.Amendment;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.GoodsScope;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Regime;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Unconfirmed;
import org.kenmon.regime.Validity;

/** Applies one change of an agreement to the measures of a {@link Workspace} (rules: docs/agreements.md). */
final class ChangeApplier {
  private final Workspace w;
  private final Agreement a;
  private final Change c;
  private final LocalDate from;

  ChangeApplier(Workspace w, Change c, LocalDate from) {
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
        withdraw();
        break;
      case SUSPEND:
        suspend();
        break;
      case AMEND_THRESHOLDS:
        amend(new Amendment(null, null, null, c.thresholds(), null, null));
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

  private MeasureEdit inForce() {
    MeasureEdit e = w.edit(c.measureId());
    if (!e.inForceOn(from)) {
      String hint = e.inForceOn(from.minusDays(1)) ? " (it ends the day before: if the regimes already record this "
          + "agreement, set recorded_in_regimes: true)" : "";
      throw new NotApplicable(c.measureId() + " is not in force on " + from + "; nothing to " + c.op().code() + hint);
    }
    return e;
  }

  private void withdraw() {
    MeasureEdit e = inForce();
    boolean cut = !e.interval(e.indexContaining(from)).from().equals(from);
    e.drop(from, null);
    if (cut) {
      endedHere(e, "withdrawn");
    }
  }

  private void suspend() {
    MeasureEdit e = inForce();
    boolean cut = !e.interval(e.indexContaining(from)).from().equals(from);
    e.drop(from, c.until());
    if (cut) {
      endedHere(e, "suspended until " + c.until());
    }
    int back = e.indexStarting(c.until().plusDays(1));
    if (back >= 0) {
      Validity v = e.interval(back);
      e.replace(back, annotated(v, "back after the suspension by agreement " + a.id(), List.of(), v.amendment()));
    }
  }

  /** Notes on the interval that now ends the day before {@code from} why it ends there. */
  private void endedHere(MeasureEdit e, String how) {
    int head = e.indexContaining(from.minusDays(1));
    Validity v = e.interval(head);
    List<Unconfirmed> unconfirmed = changeUnconfirmed().stream().map(u -> new Unconfirmed("to", u.note())).toList();
    e.replace(head, annotated(v, how + " from " + from + " by agreement " + a.id() + noteSuffix(), unconfirmed,
        v.amendment()));
  }

  private void amend(Amendment delta) {
    MeasureEdit e = inForce();
    int i = e.cutAt(from);
    Validity v = e.interval(i);
    e.replace(i, annotated(v, c.op().code() + " by agreement " + a.id() + noteSuffix(), changeUnconfirmed(),
        v.amendment().overriddenBy(delta)));
  }

  private void narrowGoods() {
    MeasureEdit e = inForce();
    Scope scope = e.scopeAt(e.indexContaining(from));
    if (scope.goods() == null) {
      throw new NotApplicable(c.measureId() + " has no goods scope to narrow on " + from);
    }
    amend(new Amendment(null, null, narrowed(scope, c.exceptHs()), null, null, null));
    // A delta: later intervals that set the scope anew keep the goods this change took out.
    e.changeLaterScopes(e.indexStarting(from), s -> s.goods() == null ? s : narrowed(s, c.exceptHs()));
  }

  static Scope narrowed(Scope s, List<HsPattern> codes) {
    GoodsScope g = s.goods();
    Set<HsPattern> except = new LinkedHashSet<>(g.exceptHs());
    except.addAll(codes);
    GoodsScope goods = new GoodsScope(g.all(), g.hs(), g.categories(), List.copyOf(except), g.note());
    return new Scope(s.directions(), s.destination(), s.origin(), s.involving(), goods, s.parties(), s.vessels(),
        s.viaThirdCountries(), s.condition(), s.note());
  }

  private void addException() {
    MeasureEdit e = inForce();
    Exemption x = c.exception();
    for (List<Exemption> list : e.exemptionLists()) {
      if (list.stream().anyMatch(y -> y.id().equals(x.id()))) {
        throw new NotApplicable(c.measureId() + " already has an exception \"" + x.id() + "\"; give the new one another id");
      }
    }
    List<Validity> validity = new ArrayList<>();
    if (x.validity().isEmpty()) {
      validity.add(new Validity(from, null, null, "added by agreement " + a.id() + noteSuffix(),
          AgreementOverlay.cite(a, c.sourceIds()), changeUnconfirmed(), Amendment.NONE));
    }
    for (Validity v : x.validity()) {
      if (v.to() != null && v.to().isBefore(from)) {
        continue;
      }
      LocalDate start = v.from().isBefore(from) ? from : v.from();
      List<Unconfirmed> unconfirmed = new ArrayList<>(v.unconfirmed());
      if (validity.isEmpty()) {
        unconfirmed.addAll(changeUnconfirmed());
      }
      validity.add(new Validity(start, v.to(), v.decidedOn(), v.note(), AgreementOverlay.cite(a, v.sourceIds()),
          unconfirmed, Amendment.NONE));
    }
    if (validity.isEmpty()) {
      throw new NotApplicable("the exception \"" + x.id() + "\" ends before " + from);
    }
    Exemption added = new Exemption(x.id(), x.title(), x.when(), x.effect(), validity, x.legalBasis(),
        union(AgreementOverlay.cite(a, x.sourceIds()), AgreementOverlay.cite(a, c.sourceIds())), x.note());
    e.changeExemptionLists(list -> {
      List<Exemption> out = new ArrayList<>(list);
      out.add(added);
      return out;
    });
  }

  private void addMeasure() {
    Measure m = c.measure();
    if (w.exists(m.id())) {
      throw new NotApplicable("measure \"" + m.id() + "\" already exists in " + w.regimeOf(m.id()).origin()
          + "; an added measure needs a new id");
    }
    Regime target = null;
    for (Regime r : w.regimes()) {
      if (r.issuer().equals(m.issuer()) && r.target().equals(m.target())) {
        target = r;
      }
    }
    if (target == null) {
      throw new NotApplicable("no loaded regime of " + m.issuer() + " against " + m.target() + " to add "
          + m.id() + " to");
    }
    List<Unconfirmed> unconfirmed = new ArrayList<>(m.unconfirmed());
    unconfirmed.addAll(changeUnconfirmed());
    w.add(target, new Measure(m.id(), m.issuer(), m.target(), m.title(), m.kind(), m.effect(), m.scope(),
        m.thresholds(), m.exemptions().stream().map(this::cited).toList(), m.legalBasis(),
        union(AgreementOverlay.cite(a, m.sourceIds()), AgreementOverlay.cite(a, c.sourceIds())), m.related(),
        m.validity().stream().map(this::cited).toList(), m.notes(), unconfirmed));
  }

  private Exemption cited(Exemption x) {
    return new Exemption(x.id(), x.title(), x.when(), x.effect(), x.validity().stream().map(this::cited).toList(),
        x.legalBasis(), AgreementOverlay.cite(a, x.sourceIds()), x.note());
  }

  private Validity cited(Validity v) {
    Amendment am = v.amendment();
    Amendment amended = am.exemptions() == null ? am : new Amendment(am.title(), am.effect(), am.scope(),
        am.thresholds(), am.exemptions().stream().map(this::cited).toList(), am.legalBasis());
    return new Validity(v.from(), v.to(), v.decidedOn(), v.note(), AgreementOverlay.cite(a, v.sourceIds()),
        v.unconfirmed(), amended);
  }

  /** The interval with a note appended, the change's sources cited and more unconfirmed facts. */
  private Validity annotated(Validity v, String note, List<Unconfirmed> unconfirmed, Amendment amendment) {
    List<Unconfirmed> all = new ArrayList<>(v.unconfirmed());
    all.addAll(unconfirmed);
    return new Validity(v.from(), v.to(), v.decidedOn(), v.note() == null ? note : v.note() + "; " + note,
        union(v.sourceIds(), AgreementOverlay.cite(a, c.sourceIds())), all, amendment);
  }

  private String noteSuffix() {
    return c.note() == null ? "" : ": " + c.note();
  }

  /**
   * The change's unconfirmed facts, plus the agreement's doubt about its effective date when the
   * change takes that date.
   */
  private List<Unconfirmed> changeUnconfirmed() {
    List<Unconfirmed> out = new ArrayList<>(c.unconfirmed());
    if (c.from() == null) {
      for (Unconfirmed u : a.unconfirmed()) {
        if (u.field().equals("effective") || u.field().equals("condition_met_on")) {
          out.add(new Unconfirmed("from", u.note()));
        }
      }
    }
    return out;
  }

  static List<String> union(List<String> first, List<String> second) {
    Set<String> out = new LinkedHashSet<>(first);
    out.addAll(second);
    return List.copyOf(out);
  }
}
