package org.kenmon.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenmon.agreement.Agreements.d;
import static org.kenmon.agreement.Agreements.hypothetical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenmon.hs.HsCode;
import org.kenmon.hs.HsPattern;
import org.kenmon.regime.Comparator;
import org.kenmon.regime.Effect;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.ExemptionCondition;
import org.kenmon.regime.Measure;
import org.kenmon.regime.MeasureKind;
import org.kenmon.regime.Regime;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.Validity;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.testing.Fixtures;

/**
 * Each op on the mini regime, at its date edges: the day before {@code from}, {@code from}, the
 * last day and the day after.
 */
class AgreementOverlayTest {
  private static final List<Regime> MINI = List.of(Fixtures.mini());
  private static final RegimeHistory BASE = RegimeHistory.of(MINI);

  private static RegimeHistory with(String effective, Change... changes) {
    return RegimeHistory.of(AgreementOverlay.apply(MINI, hypothetical(effective, changes)));
  }

  private static Optional<MeasureInForce> on(RegimeHistory h, String id, String date) {
    return h.on(d(date)).measure(id);
  }

  private static BigDecimal threshold(RegimeHistory h, String id, String date) {
    return on(h, id, date).orElseThrow().thresholds().get(0).amount();
  }

  private static Measure measure(List<Regime> regimes, String id) {
    return regimes.stream().flatMap(r -> r.measures().stream()).filter(m -> m.id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static Threshold jpy(long amount) {
    return new Threshold(null, BigDecimal.valueOf(amount), "JPY", null, Comparator.GT, null, null);
  }

  @ParameterizedTest(name = "withdrawn from 2012-01-01, on {0}: {1}")
  @CsvSource({"2010-05-01, true", "2011-12-31, true", "2012-01-01, false", "2012-01-02, false", "2099-01-01, false"})
  void withdraw_endsTheMeasureTheDayBeforeForGood(String date, boolean inForce) {
    RegimeHistory h = with("2012-01-01", Change.withdraw("export-ban", null, List.of("P")));
    assertThat(on(h, "export-ban", date)).as(date).matches(m -> m.isPresent() == inForce);
  }

  @Test
  void withdraw_cutsTheIntervalAndCitesTheAgreement() {
    Measure m = measure(AgreementOverlay.apply(MINI, hypothetical("2012-01-01",
        Change.withdraw("export-ban", null, List.of("P")))), "export-ban");
    assertThat(m.validity()).extracting(Validity::toString)
        .containsExactly("2009-06-18..2010-04-13", "2010-04-14..2011-04-13", "2011-04-14..2011-12-31");
    Validity head = m.validity().get(2);
    assertThat(head.sourceIds()).containsExactly("B", "t/P");
    assertThat(head.note()).contains("withdrawn from 2012-01-01 by agreement t");
  }

  @Test
  void withdraw_onTheFirstDayOfAnInterval_keepsTheEarlierOnesWhole() {
    RegimeHistory h = with("2011-04-14", Change.withdraw("export-ban", null, List.of()));
    assertThat(on(h, "export-ban", "2011-04-13")).hasValueSatisfying(
        m -> assertThat(m.interval()).isEqualTo(Fixtures.mini().measures().get(0).validity().get(1)));
    assertThat(on(h, "export-ban", "2011-04-14")).isEmpty();
  }

  @Test
  void withdraw_fromTheFirstDay_removesTheMeasure() {
    List<Regime> out = AgreementOverlay.apply(MINI, hypothetical("2009-06-18",
        Change.withdraw("export-ban", null, List.of())));
    assertThat(out.get(0).measures()).extracting(Measure::id).doesNotContain("export-ban").contains("port-ban");
  }

  @ParameterizedTest(name = "suspended 2012-03-01..2012-06-30, on {0}: {1}")
  @CsvSource({"2012-02-29, true", "2012-03-01, false", "2012-06-30, false", "2012-07-01, true", "2099-01-01, true"})
  void suspend_comesBackTheDayAfterUntil(String date, boolean inForce) {
    RegimeHistory h = with("2012-01-01", Change.suspend("export-ban", d("2012-03-01"), d("2012-06-30"), List.of()));
    assertThat(on(h, "export-ban", date)).as(date).matches(m -> m.isPresent() == inForce);
  }

  @Test
  void suspend_overAnAmendment_comesBackAmended() {
    // payment-reporting is amended to JPY 3m (and a new title) on 2010-07-06, inside the suspension.
    RegimeHistory h = with("2010-01-01", Change.suspend("payment-reporting", null, d("2011-01-01"), List.of()));
    assertThat(threshold(h, "payment-reporting", "2009-12-31")).isEqualByComparingTo("30000000");
    assertThat(on(h, "payment-reporting", "2010-01-01")).isEmpty();
    assertThat(on(h, "payment-reporting", "2011-01-01")).isEmpty();
    MeasureInForce back = on(h, "payment-reporting", "2011-01-02").orElseThrow();
    assertThat(back.thresholds().get(0).amount()).isEqualByComparingTo("3000000");
    assertThat(back.title()).isEqualTo("Payments above JPY 3m must be reported");
    assertThat(back.substanceChanges(on(BASE, "payment-reporting", "2011-01-02").orElseThrow())).isEmpty();
  }

  @ParameterizedTest(name = "amended to JPY 5m from 2011-06-01, on {0}: {1}")
  @CsvSource({"2011-05-31, 3000000", "2011-06-01, 5000000", "2012-12-31, 5000000",
      // carried forward into the next (plain) interval; the recorded 2014 amendment still wins
      "2013-01-01, 5000000", "2014-07-03, 5000000", "2014-07-04, 30000000"})
  void amendThresholds_carriesForwardUntilARecordedAmendment(String date, long amount) {
    RegimeHistory h = with("2011-06-01", Change.amendThresholds("payment-reporting", null, List.of(jpy(5_000_000)),
        List.of("P")));
    assertThat(threshold(h, "payment-reporting", date)).as(date).isEqualByComparingTo(BigDecimal.valueOf(amount));
  }

  @Test
  void amendThresholds_keepsTheIntervalsOtherAmendmentsAndCitesTheAgreement() {
    RegimeHistory h = with("2011-06-01", Change.amendThresholds("payment-reporting", null, List.of(jpy(5_000_000)),
        List.of("P")));
    MeasureInForce m = on(h, "payment-reporting", "2011-06-01").orElseThrow();
    assertThat(m.title()).isEqualTo("Payments above JPY 3m must be reported");
    assertThat(m.validFrom()).isEqualTo(d("2011-06-01"));
    assertThat(m.validTo()).isEqualTo(d("2012-12-31"));
    assertThat(m.sources()).extracting(s -> s.id()).contains("t/P");
    assertThat(m.interval().note()).contains("amend_thresholds by agreement t");
  }

  @ParameterizedTest(name = "HS 8471 banned on {0}: {1}")
  @CsvSource({"2011-12-31, true", "2012-01-01, false", "2099-01-01, false"})
  void narrowGoods_takesTheCodesOutFromFrom(String date, boolean covered) {
    RegimeHistory h = with("2012-01-01", Change.narrowGoods("export-ban", null, List.of(HsPattern.parse("84-85")),
        List.of()));
    Scope scope = on(h, "export-ban", date).orElseThrow().scope();
    assertThat(scope.goods().coversCode(HsCode.parse("8471"))).as(date).isEqualTo(covered);
    assertThat(scope.goods().coversCode(HsCode.parse("8703"))).isTrue();
  }

  @Test
  void narrowGoods_withoutAGoodsScope_cannotApply() {
    assertThatThrownBy(() -> with("2012-01-01", Change.narrowGoods("payment-reporting", null,
        List.of(HsPattern.parse("84")), List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payment-reporting has no goods scope");
  }

  @ParameterizedTest(name = "exceptions of export-ban on {0}: {1}")
  @CsvSource({"2011-12-31, humanitarian", "2012-01-01, humanitarian electronics", "2013-12-31, humanitarian electronics",
      "2014-01-01, humanitarian"})
  void addException_inForceFromFromWithinItsOwnValidity(String date, String ids) {
    Exemption electronics = new Exemption("electronics", "Electronics", new ExemptionCondition(List.of(), null, null,
        "hypothetical"), Effect.CLEAR, List.of(Validity.of(d("2011-01-01"), d("2013-12-31"))), null, List.of(), null);
    RegimeHistory h = with("2012-01-01", Change.addException("export-ban", null, electronics, List.of("P")));
    assertThat(on(h, "export-ban", date).orElseThrow().exemptions()).extracting(Exemption::id)
        .containsExactly(ids.split(" "));
    Exemption added = on(h, "export-ban", "2012-01-01").orElseThrow().exemptions().get(1);
    assertThat(added.validity()).extracting(Validity::toString).containsExactly("2012-01-01..2013-12-31");
    assertThat(added.sourceIds()).containsExactly("t/P");
  }

  @Test
  void addException_withAnIdInUse_cannotApply() {
    Exemption again = new Exemption("humanitarian", "Again", new ExemptionCondition(List.of("humanitarian"), null,
        null, null), Effect.CLEAR, List.of(), null, List.of(), null);
    assertThatThrownBy(() -> with("2012-01-01", Change.addException("export-ban", null, again, List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has an exception \"humanitarian\"");
  }

  @ParameterizedTest(name = "added measure on {0}: {1}")
  @CsvSource({"2011-12-31, false", "2012-01-01, true", "2099-01-01, true"})
  void addMeasure_inForceInItsOwnValidity(String date, boolean inForce) {
    RegimeHistory h = with("2012-01-01", Change.addMeasure(licence("electronics-licence"), null, List.of("P")));
    assertThat(on(h, "electronics-licence", date)).as(date).matches(m -> m.isPresent() == inForce);
    assertThat(on(h, "electronics-licence", "2012-01-01").orElseThrow().sources()).extracting(s -> s.id())
        .containsExactly("t/P");
  }

  @Test
  void addMeasure_withAnIdInUse_cannotApply() {
    assertThatThrownBy(() -> with("2012-01-01", Change.addMeasure(licence("export-ban"), null, List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
  }

  private static Measure licence(String id) {
    return new Measure(id, "JP", "KP", "Exports of HS 84-85 need a licence", MeasureKind.EXPORT_BAN,
        Effect.LICENCE_REQUIRED, Scope.EMPTY, List.of(), List.of(), "Act art. 2", List.of("P"), List.of(),
        List.of(Validity.of(d("2012-01-01"), null)), null, List.of());
  }

  @Test
  void apply_toAMeasureNotInForceOrUnknown_cannotApply() {
    assertThatThrownBy(() -> with("2015-01-01", Change.withdraw("entry-ban", null, List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry-ban is not in force on 2015-01-01");
    assertThatThrownBy(() -> with("2015-01-01", Change.withdraw("no-such-ban", null, List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"no-such-ban\" is not defined");
  }

  @Test
  void apply_leavesTheRegimesGivenAsTheyWere() {
    Regime before = Fixtures.mini();
    List<Regime> regimes = List.of(before);
    AgreementOverlay.apply(regimes, Agreements.fixture("mini-what-if.yaml"));
    assertThat(regimes.get(0)).isSameAs(before).isEqualTo(Fixtures.mini());
  }

  @Test
  void apply_everyOpOfAFile_atItsEdges() {
    Agreement a = Agreements.fixture("mini-what-if.yaml");
    RegimeHistory h = RegimeHistory.of(AgreementOverlay.apply(MINI, a));
    assertThat(on(h, "entry-ban", "2012-02-29")).isPresent();
    assertThat(on(h, "entry-ban", "2012-03-01")).isEmpty();
    assertThat(on(h, "entry-ban", "2012-07-01")).isPresent();
    assertThat(threshold(h, "payment-reporting", "2011-12-31")).isEqualByComparingTo("3000000");
    assertThat(threshold(h, "payment-reporting", "2012-01-01")).isEqualByComparingTo("5000000");
    assertThat(on(h, "luxury-ban", "2011-12-31").orElseThrow().exemptions()).isEmpty();
    assertThat(on(h, "luxury-ban", "2013-12-31").orElseThrow().exemptions()).extracting(Exemption::id)
        .containsExactly("cameras");
    assertThat(on(h, "luxury-ban", "2014-01-01")).isEmpty();
    assertThat(on(h, "electronics-licence", "2012-01-01")).isPresent();
    // the effective date is unconfirmed in the file, so what takes that date says so
    assertThat(on(h, "payment-reporting", "2012-01-01").orElseThrow().unconfirmed()).extracting(u -> u.field())
        .contains("valid_from");
  }

  @Test
  void apply_keepsIdsSoThatRegimeDiffComparesTheMeasures() {
    RegimeHistory h = RegimeHistory.of(AgreementOverlay.apply(MINI, Agreements.fixture("mini-what-if.yaml")));
    LocalDate day = d("2012-01-01");
    RegimeDiff diff = RegimeDiff.between(BASE.on(day), h.on(day), day, day);
    assertThat(diff.added()).extracting(MeasureInForce::id).containsExactly("electronics-licence");
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).extracting(RegimeDiff.Change::id)
        .containsExactlyInAnyOrder("payment-reporting", "export-ban", "luxury-ban");
    assertThat(diff.unchanged()).containsExactly("port-ban");
    // entry-ban is suspended from 2012-03-01 only: on 2012-01-01 it stands as before, in an interval
    // the suspension cut short, which the diff reports as renewed
    assertThat(diff.renewed()).extracting(c -> c.id() + " " + c.after().interval()).containsExactly(
        "entry-ban 2006-10-11..2012-02-29");
  }

  @Test
  void apply_theRegimeCarriesTheAgreementsSourcesAndItsOwnHash() {
    Regime r = AgreementOverlay.apply(MINI, Agreements.fixture("mini-what-if.yaml")).get(0);
    assertThat(r.sources()).containsKeys("A", "B", "mini-what-if/P");
    assertThat(r.sha256()).isNotEqualTo(Fixtures.mini().sha256()).hasSize(64);
    assertThat(r.id()).isEqualTo("JP-KP");
  }
}
