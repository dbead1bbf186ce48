package org.kenmon.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kenmon.hs.HsPattern;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.Unconfirmed;

/**
 * One change an agreement makes to one measure, from {@code from} on (null: the agreement's
 * effective date). Which of the other fields are set depends on {@link Op}; the constructor checks
 * it. Use the named factories.
 *
 * @param measureId the measure changed; for {@link Op#ADD_MEASURE} the id of the measure added
 * @param until last day of a suspension (inclusive)
 * @param thresholds the thresholds from {@code from} on ({@link Op#AMEND_THRESHOLDS})
 * @param exception the exception added ({@link Op#ADD_EXCEPTION})
 * @param exceptHs the HS codes the goods scope loses ({@link Op#NARROW_GOODS})
 * @param measure the measure added ({@link Op#ADD_MEASURE}), sources as cited in the agreement file
 * @param sourceIds ids in the agreement's sources catalogue
 */
public record Change(
    Op op,
    String measureId,
    LocalDate from,
    LocalDate until,
    List<Threshold> thresholds,
    Exemption exception,
    List<HsPattern> exceptHs,
    Measure measure,
    List<String> sourceIds,
    String note,
    List<Unconfirmed> unconfirmed) {

  /** What a change does. */
  public enum Op {
    /** The measure stops being in force from {@code from}, for good. */
    WITHDRAW,
    /** Not in force from {@code from} to {@code until} inclusive, then back as it would have been. */
    SUSPEND,
    /** The measure's thresholds become {@code thresholds} from {@code from}. */
    AMEND_THRESHOLDS,
    /** The measure gains an exception from {@code from}. */
    ADD_EXCEPTION,
    /** The measure's goods scope loses the HS codes {@code exceptHs} from {@code from}. */
    NARROW_GOODS,
    /** A new measure, in force in its own validity intervals (none before {@code from}). */
    ADD_MEASURE;

    /** The YAML spelling, e.g. {@code amend_thresholds}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Change {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(measureId, "measureId");
    thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    exceptHs = exceptHs == null ? List.of() : List.copyOf(exceptHs);
    sourceIds = List.copyOf(sourceIds);
    unconfirmed = List.copyOf(unconfirmed);
    require(op != Op.SUSPEND || until != null, op, "until");
    require(op != Op.AMEND_THRESHOLDS || !thresholds.isEmpty(), op, "thresholds");
    require(op != Op.ADD_EXCEPTION || exception != null, op, "exception");
    require(op != Op.NARROW_GOODS || !exceptHs.isEmpty(), op, "except_hs");
    require(op != Op.ADD_MEASURE || measure != null && measure.id().equals(measureId), op, "measure");
    if (until != null && from != null && until.isBefore(from)) {
      throw new IllegalArgumentException("suspension of " + measureId + " ends " + until + " before it starts " + from);
    }
  }

  private static void require(boolean ok, Op op, String field) {
    if (!ok) {
      throw new IllegalArgumentException(op.code() + " needs " + field);
    }
  }

  public static Change withdraw(String measureId, LocalDate from, List<String> sourceIds) {
    return new Change(Op.WITHDRAW, measureId, from, null, null, null, null, null, sourceIds, null, List.of());
  }

  public static Change suspend(String measureId, LocalDate from, LocalDate until, List<String> sourceIds) {
    return new Change(Op.SUSPEND, measureId, from, until, null, null, null, null, sourceIds, null, List.of());
  }

  public static Change amendThresholds(String measureId, LocalDate from, List<Threshold> thresholds,
      List<String> sourceIds) {
    return new Change(Op.AMEND_THRESHOLDS, measureId, from, null, thresholds, null, null, null, sourceIds, null,
        List.of());
  }

  public static Change addException(String measureId, LocalDate from, Exemption exception, List<String> sourceIds) {
    return new Change(Op.ADD_EXCEPTION, measureId, from, null, null, exception, null, null, sourceIds, null, List.of());
  }

  public static Change narrowGoods(String measureId, LocalDate from, List<HsPattern> exceptHs, List<String> sourceIds) {
    return new Change(Op.NARROW_GOODS, measureId, from, null, null, null, exceptHs, null, sourceIds, null, List.of());
  }

  public static Change addMeasure(Measure measure, LocalDate from, List<String> sourceIds) {
    return new Change(Op.ADD_MEASURE, measure.id(), from, null, null, null, null, measure, sourceIds, null, List.of());
  }

  /** The first day of the change: {@code from}, else the agreement's effective date. */
  public LocalDate fromOr(LocalDate effective) {
    return from != null ? from : effective;
  }
}
