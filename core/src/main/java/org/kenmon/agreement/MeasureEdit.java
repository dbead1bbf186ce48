package org.kenmon.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kenmon.regime.Amendment;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Unconfirmed;
import org.kenmon.regime.Validity;

/**
 * Builds a new measure from an existing one by cutting, dropping, inserting and amending validity
 * intervals; the measure it starts from is never changed. Every operation keeps what the measure
 * is on the days it does not touch: a cut interval's head keeps the interval's amendment, so the
 * tail inherits it by carry-forward, and the amendments of dropped intervals are folded into the
 * next kept one.
 *
 * <p>Measure-level {@code unconfirmed} entries that name an interval ({@code validity[3].to}) are
 * renumbered to follow it: to its first piece, or its last piece for {@code to}; they go when the
 * interval goes.
 */
final class MeasureEdit {
  /** One interval of the measure being built; {@code origin} is its index in the original measure, -1 if new. */
  private record Piece(Validity v, int origin, boolean first) {}

  private final Measure original;
  private final List<Piece> pieces = new ArrayList<>();
  private List<Exemption> exemptions;

  MeasureEdit(Measure original) {
    this.original = original;
    this.exemptions = original.exemptions();
    for (int i = 0; i < original.validity().size(); i++) {
      pieces.add(new Piece(original.validity().get(i), i, true));
    }
  }

  /** An independent copy of this edit, to roll back to. */
  MeasureEdit copy() {
    MeasureEdit c = new MeasureEdit(original);
    c.pieces.clear();
    c.pieces.addAll(pieces);
    c.exemptions = exemptions;
    return c;
  }

  /** Removes every interval: the measure goes. */
  void removeAll() {
    pieces.clear();
  }

  Measure original() {
    return original;
  }

  boolean inForceOn(LocalDate date) {
    return indexContaining(date) >= 0;
  }

  /** Index of the piece in force on the date, or -1. */
  int indexContaining(LocalDate date) {
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i).v.contains(date)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the piece that starts on the date, or -1. */
  int indexStarting(LocalDate date) {
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i).v.from().equals(date)) {
        return i;
      }
    }
    return -1;
  }

  /** The first day of the first piece that starts after the date, or null. */
  LocalDate nextStartAfter(LocalDate date) {
    for (Piece p : pieces) {
      if (p.v.from().isAfter(date)) {
        return p.v.from();
      }
    }
    return null;
  }

  Validity interval(int index) {
    return pieces.get(index).v;
  }

  void replace(int index, Validity v) {
    Piece p = pieces.get(index);
    pieces.set(index, new Piece(v, p.origin, p.first));
  }

  /** The measure's amendments folded up to and including the piece at this index. */
  Amendment resolvedAt(int index) {
    Amendment a = Amendment.NONE;
    for (int i = 0; i <= index; i++) {
      a = a.overriddenBy(pieces.get(i).v.amendment());
    }
    return a;
  }

  /** The scope in force in the piece at this index. */
  Scope scopeAt(int index) {
    Amendment a = resolvedAt(index);
    return a.scope() != null ? a.scope() : original.scope();
  }

  /** The exceptions list in force in the piece at this index (before filtering by their own validity). */
  List<Exemption> exemptionsAt(int index) {
    Amendment a = resolvedAt(index);
    return a.exemptions() != null ? a.exemptions() : exemptions;
  }

  /**
   * Splits the piece in force on {@code date} so that a piece starts on it; returns that piece's
   * index, or -1 when nothing is in force on the date. The head keeps everything of the interval
   * but its end; the new piece carries no amendment of its own and takes the interval's
   * unconfirmed end.
   */
  int cutAt(LocalDate date) {
    int i = indexContaining(date);
    if (i < 0) {
      return -1;
    }
    Piece p = pieces.get(i);
    if (p.v.from().equals(date)) {
      return i;
    }
    Validity v = p.v;
    List<Unconfirmed> headUnconfirmed = v.unconfirmed().stream().filter(u -> !u.field().equals("to")).toList();
    List<Unconfirmed> tailUnconfirmed = v.unconfirmed().stream().filter(u -> u.field().equals("to")).toList();
    Validity head = new Validity(v.from(), date.minusDays(1), v.decidedOn(), v.note(), v.sourceIds(), headUnconfirmed,
        v.amendment());
    Validity tail = new Validity(date, v.to(), null, null, List.of(), tailUnconfirmed, Amendment.NONE);
    pieces.set(i, new Piece(head, p.origin, p.first));
    pieces.add(i + 1, new Piece(tail, p.origin, false));
    return i + 1;
  }

  /**
   * Removes the pieces that start within {@code from..to} (to null: open), after cutting at both
   * ends; the amendments they carried pass to the next kept piece, which then stands as it would
   * have. Returns whether anything was removed.
   */
  boolean drop(LocalDate from, LocalDate to) {
    cutAt(from);
    if (to != null) {
      cutAt(to.plusDays(1));
    }
    Amendment carried = Amendment.NONE;
    boolean removed = false;
    for (int i = 0; i < pieces.size(); ) {
      Validity v = pieces.get(i).v;
      boolean inside = !v.from().isBefore(from) && (to == null || !v.from().isAfter(to));
      if (inside) {
        carried = carried.overriddenBy(v.amendment());
        pieces.remove(i);
        removed = true;
        continue;
      }
      if (!carried.isEmpty() && v.from().isAfter(from)) {
        replace(i, with(v, carried.overriddenBy(v.amendment())));
        carried = Amendment.NONE;
      }
      i++;
    }
    return removed;
  }

  /** Adds a new piece in date order; it must not overlap the others. */
  void insert(Validity v) {
    int at = 0;
    while (at < pieces.size() && pieces.get(at).v.from().isBefore(v.from())) {
      at++;
    }
    pieces.add(at, new Piece(v, -1, false));
  }

  /** Applies {@code change} to every piece from the index on whose own amendment sets a scope. */
  void changeLaterScopes(int after, UnaryOperator<Scope> change) {
    for (int i = after + 1; i < pieces.size(); i++) {
      Validity v = pieces.get(i).v;
      Amendment a = v.amendment();
      if (a.scope() != null) {
        replace(i, with(v, new Amendment(a.title(), a.effect(), change.apply(a.scope()), a.thresholds(),
            a.exemptions(), a.legalBasis())));
      }
    }
  }

  /** Applies {@code change} to the measure's own exceptions and to every exceptions list an interval amends. */
  void changeExemptionLists(UnaryOperator<List<Exemption>> change) {
    exemptions = change.apply(exemptions);
    for (int i = 0; i < pieces.size(); i++) {
      Validity v = pieces.get(i).v;
      Amendment a = v.amendment();
      if (a.exemptions() != null) {
        replace(i, with(v, new Amendment(a.title(), a.effect(), a.scope(), a.thresholds(), change.apply(a.exemptions()),
            a.legalBasis())));
      }
    }
  }

  /** Every exceptions list of the measure: its own and those intervals amend. */
  List<List<Exemption>> exemptionLists() {
    List<List<Exemption>> out = new ArrayList<>();
    out.add(exemptions);
    for (Piece p : pieces) {
      if (p.v.amendment().exemptions() != null) {
        out.add(p.v.amendment().exemptions());
      }
    }
    return out;
  }

  /** The edited measure, or null when no interval is left. */
  Measure build() {
    if (pieces.isEmpty()) {
      return null;
    }
    List<Validity> validity = pieces.stream().map(Piece::v).toList();
    Measure m = original;
    return new Measure(m.id(), m.issuer(), m.target(), m.title(), m.kind(), m.effect(), m.scope(), m.thresholds(),
        exemptions, m.legalBasis(), m.sourceIds(), m.related(), validity, m.notes(), renumbered());
  }

  private List<Unconfirmed> renumbered() {
    List<Unconfirmed> out = new ArrayList<>();
    for (Unconfirmed u : original.unconfirmed()) {
      if (!u.field().startsWith("validity[")) {
        out.add(u);
        continue;
      }
      int close = u.field().indexOf(']');
      int k = Integer.parseInt(u.field().substring("validity[".length(), close));
      String rest = u.field().substring(close + 1);
      int to = -1;
      for (int i = 0; i < pieces.size(); i++) {
        Piece p = pieces.get(i);
        if (p.origin == k && (rest.equals(".to") || p.first)) {
          to = i;
          if (!rest.equals(".to")) {
            break;
          }
        }
      }
      if (to >= 0) {
        out.add(new Unconfirmed("validity[" + to + "]" + rest, u.note()));
      }
    }
    return out;
  }

  static Validity with(Validity v, Amendment a) {
    return new Validity(v.from(), v.to(), v.decidedOn(), v.note(), v.sourceIds(), v.unconfirmed(), a);
  }
}
