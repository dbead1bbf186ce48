package org.kenmon.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Verdict;
import org.kenmon.transaction.Transaction;

/**
 * One transaction's verdicts without and with an agreement, judged on the same date, and what
 * differs between them. Findings are paired by measure (list hits no measure covers, by reason).
 */
public record Comparison(Transaction transaction, LocalDate judgedOn, Verdict before, Verdict after) {

  /** What the agreement does to a transaction, from the outcomes before and after. */
  public enum Change {
    /** It needed action (prohibited, licence, review) and no longer does. */
    LAWFUL,
    /** It still needs action, but less (prohibited to licence required, say). */
    EASED,
    /** It was lawful but reportable and now needs no report. */
    NO_LONGER_REPORTABLE,
    /** The outcome is the same, but measures the agreement changes no longer apply: others still do. */
    STILL_BLOCKED,
    /** The outcome is worse. */
    TIGHTENED,
    /** Nothing the agreement changes applies to it. */
    UNCHANGED;

    /** How reports name it. */
    public String label() {
      switch (this) {
        case LAWFUL:
          return "becomes lawful";
        case EASED:
          return "eased, still needs action";
        case NO_LONGER_REPORTABLE:
          return "no longer reportable";
        case STILL_BLOCKED:
          return "lifted measures, still stopped by others";
        case TIGHTENED:
          return "tightened";
        default:
          return "unchanged";
      }
    }
  }

  public Change change() {
    Outcome was = before.outcome();
    Outcome now = after.outcome();
    if (now.ordinal() < was.ordinal()) {
      return Change.TIGHTENED;
    }
    if (now.ordinal() > was.ordinal()) {
      if (was.needsAction()) {
        return now.needsAction() ? Change.EASED : Change.LAWFUL;
      }
      return Change.NO_LONGER_REPORTABLE;
    }
    return lifted().isEmpty() && imposed().isEmpty() ? Change.UNCHANGED : Change.STILL_BLOCKED;
  }

  /** Findings of the "without" verdict that are gone or milder with the agreement. */
  public List<Finding> lifted() {
    return weakened(before, after);
  }

  /** Findings of the "with" verdict that are new or harsher than without the agreement. */
  public List<Finding> imposed() {
    return weakened(after, before);
  }

  /** The findings that still stop the transaction with the agreement in force. */
  public List<Finding> stillBlocking() {
    return after.findings().stream().filter(f -> f.effect().needsAction()).toList();
  }

  /**
   * The effect the measure (or list hit) of a finding of the "without" verdict has with the
   * agreement: null when it no longer applies at all.
   */
  public Outcome effectWith(Finding without) {
    String k = key(without);
    for (Finding f : after.findings()) {
      if (key(f).equals(k)) {
        return f.effect();
      }
    }
    return null;
  }

  /** Findings of {@code a} (other than CLEAR) that {@code b} has not at all or with a milder effect. */
  private static List<Finding> weakened(Verdict a, Verdict b) {
    Map<String, Finding> other = new LinkedHashMap<>();
    for (Finding f : b.findings()) {
      other.putIfAbsent(key(f), f);
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : a.findings()) {
      if (f.effect() == Outcome.CLEAR) {
        continue;
      }
      Finding g = other.get(key(f));
      if (g == null || g.effect().ordinal() > f.effect().ordinal()) {
        out.add(f);
      }
    }
    return out;
  }

  private static String key(Finding f) {
    return f.measure() != null ? f.measure() : f.issuer() + ": " + f.reason();
  }
}
