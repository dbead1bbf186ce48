package org.kenmon.whatif;

import java.time.LocalDate;
import java.util.Objects;
import org.kenmon.agreement.AgreementOverlay.Scenario;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.screen.Screener;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.transaction.Transaction;

/**
 * Screens a transaction twice, against the regimes without and with an agreement, on the same
 * date, so that every difference in the two verdicts is the agreement's doing.
 *
 * <p>The date: the context's fixed date when it has one; otherwise the transaction's own date, or
 * the day the agreement takes effect if that is later. An agreement changes nothing before it takes
 * effect, so an older or held transaction is judged as if it went ahead on that day: the question
 * what-if answers is what the agreement would let through. Immutable and thread-safe.
 */
public final class WhatIf {
  private final Scenario scenario;
  private final LocalDate fixedDate;
  private final Screener without;
  private final Screener with;

  private WhatIf(Scenario scenario, LocalDate fixedDate, Screener without, Screener with) {
    this.scenario = scenario;
    this.fixedDate = fixedDate;
    this.without = without;
    this.with = with;
  }

  /**
   * @param base what to screen against apart from the regimes (issuers, lists, goods, places,
   *     rates, engine, and the fixed date if any); its regimes are replaced by the scenario's two sides
   */
  public static WhatIf of(ScreeningContext base, Scenario scenario) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(scenario, "scenario");
    return new WhatIf(scenario, base.asOf(),
        new Screener(withRegimes(base, RegimeHistory.of(scenario.without()))),
        new Screener(withRegimes(base, RegimeHistory.of(scenario.with()))));
  }

  private static ScreeningContext withRegimes(ScreeningContext base, RegimeHistory regimes) {
    return new ScreeningContext(regimes, base.issuers(), base.asOf(), base.matcher(), base.goods(), base.places(),
        base.rates(), base.engine());
  }

  public Scenario scenario() {
    return scenario;
  }

  /** The date a transaction is judged on (see the class comment). */
  public LocalDate judgedOn(Transaction t) {
    return judgedOn(t.date());
  }

  private LocalDate judgedOn(LocalDate own) {
    if (fixedDate != null) {
      return fixedDate;
    }
    return own.isBefore(scenario.date()) ? scenario.date() : own;
  }

  public Comparison compare(Transaction t) {
    return compare(t, t.date());
  }

  /**
   * Compares a transaction that has a date of its own to be judged on other than its record's (a
   * hold screened {@code --as-of} a date keeps that date).
   */
  public Comparison compare(Transaction t, LocalDate ownDate) {
    LocalDate on = judgedOn(ownDate);
    return new Comparison(t, on, without.screen(t, on), with.screen(t, on));
  }

  /** The screener of the "with" side, for classifying goods and routes the way screening does. */
  public ScreeningContext context() {
    return with.context();
  }
}
