package org.kenmon.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenmon.agreement.Agreements.d;
import static org.kenmon.agreement.Agreements.hypothetical;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenmon.hs.HsPattern;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.Regime;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.testing.Fixtures;

/** An agreement the regimes already record: retracting it, and the two sides of the scenario. */
class AgreementRetractTest {
  private static final List<Regime> MINI = List.of(Fixtures.mini());
  private static final Agreement RECORDED = Agreements.fixture("mini-stockholm.yaml");
  private static final LocalDate DAY = d("2014-07-04");

  private static Optional<MeasureInForce> on(RegimeHistory h, String id, String date) {
    return h.on(d(date)).measure(id);
  }

  @Test
  void scenario_recorded_withIsTheRegimesAsRecorded() {
    AgreementOverlay.Scenario s = AgreementOverlay.scenario(MINI, RECORDED, DAY);
    assertThat(s.with()).isSameAs(MINI);
    assertThat(s.date()).isEqualTo(DAY);
  }

  @Test
  void scenario_recorded_diffShowsExactlyTheAgreementsChanges() {
    AgreementOverlay.Scenario s = AgreementOverlay.scenario(MINI, RECORDED, DAY);
    RegimeDiff diff = RegimeDiff.between(RegimeHistory.of(s.without()).on(DAY), RegimeHistory.of(s.with()).on(DAY),
        DAY, DAY);
    assertThat(diff.removed()).extracting(MeasureInForce::id).containsExactly("entry-ban");
    assertThat(diff.changed()).extracting(c -> c.id() + ":" + c.fields())
        .containsExactlyInAnyOrder("payment-reporting:[thresholds]", "port-ban:[exceptions]");
    assertThat(diff.added()).isEmpty();
    assertThat(diff.unchanged()).containsExactlyInAnyOrder("export-ban", "luxury-ban");
  }

  @ParameterizedTest(name = "without the agreement, entry-ban on {0}: {1}")
  @CsvSource({"2014-07-03, 2006-10-11", "2014-07-04, 2014-07-04", "2016-02-09, 2014-07-04",
      // the recorded reinstatement, a later decision, stays
      "2016-02-10, 2016-02-10"})
  void retract_withdraw_carriesTheMeasureOnUntilItsNextInterval(String date, String intervalFrom) {
    RegimeHistory without = RegimeHistory.of(AgreementOverlay.retract(MINI, RECORDED, DAY));
    MeasureInForce m = on(without, "entry-ban", date).orElseThrow();
    assertThat(m.validFrom()).isEqualTo(d(intervalFrom));
    assertThat(m.title()).isEqualTo("Nationals refused entry");
  }

  @ParameterizedTest(name = "without the agreement, JPY threshold on {0}: {1}")
  @CsvSource({"2014-07-03, 3000000", "2014-07-04, 3000000", "2016-02-25, 3000000"})
  void retract_amendThresholds_theEarlierThresholdsCarryOn(String date, String amount) {
    RegimeHistory without = RegimeHistory.of(AgreementOverlay.retract(MINI, RECORDED, DAY));
    assertThat(on(without, "payment-reporting", date).orElseThrow().thresholds().get(0).amount())
        .isEqualByComparingTo(amount);
    assertThat(on(without, "payment-reporting", "2016-02-26")).isEmpty();
  }

  @Test
  void retract_addException_removesItFromFromOn() {
    RegimeHistory without = RegimeHistory.of(AgreementOverlay.retract(MINI, RECORDED, DAY));
    assertThat(on(without, "port-ban", "2014-07-04").orElseThrow().exemptions()).isEmpty();
    assertThat(on(without, "port-ban", "2015-01-01").orElseThrow().exemptions()).isEmpty();
  }

  @Test
  void retract_touchesNothingBeforeFrom() {
    RegimeHistory base = RegimeHistory.of(MINI);
    RegimeHistory without = RegimeHistory.of(AgreementOverlay.retract(MINI, RECORDED, DAY));
    LocalDate before = d("2014-07-03");
    RegimeDiff diff = RegimeDiff.between(base.on(before), without.on(before), before, before);
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.renewed()).isEmpty();
  }

  @Test
  void retractThenApply_givesBackWhatTheRegimesRecord() {
    List<Regime> again = AgreementOverlay.apply(AgreementOverlay.retract(MINI, RECORDED, DAY), RECORDED, DAY);
    RegimeHistory base = RegimeHistory.of(MINI);
    RegimeHistory h = RegimeHistory.of(again);
    for (String id : List.of("entry-ban", "payment-reporting", "port-ban", "export-ban")) {
      assertThat(AgreementCheck.describe(on(h, id, "2014-07-04"))).as(id)
          .isEqualTo(AgreementCheck.describe(on(base, id, "2014-07-04")));
    }
  }

  @Test
  void retract_aChangeTheRegimesDoNotRecord_fails() {
    Agreement notRecorded = hypothetical("2012-01-01", Change.narrowGoods("export-ban", null,
        List.of(HsPattern.parse("84")), List.of()));
    assertThatThrownBy(() -> AgreementOverlay.retract(MINI, notRecorded, d("2012-01-01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the regimes record no narrow_goods");
    Agreement stillInForce = hypothetical("2012-01-01", Change.withdraw("export-ban", null, List.of()));
    assertThatThrownBy(() -> AgreementOverlay.retract(MINI, stillInForce, d("2012-01-01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("export-ban is in force on 2012-01-01");
  }

  @Test
  void check_recordedButDifferent_isAnErrorAtTheChange() {
    String yaml = Fixtures.resource("agreements/mini-stockholm.yaml").replace("amount: 30000000", "amount: 3000000");
    List<Problem> problems = AgreementCheck.check(Agreements.readText("s.yaml", yaml), MINI, null);
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "s.yaml:16:5: error: changes[1]: recorded_in_regimes is true, but on 2014-07-04 the regimes hold "
            + "payment-reporting as in force (REPORTABLE), thresholds > JPY 30,000,000, while the agreement makes it "
            + "in force (REPORTABLE), thresholds > JPY 3,000,000");
    assertThat(AgreementCheck.check(Agreements.readText("s.yaml", Fixtures.resource("agreements/mini-stockholm.yaml")),
        MINI, null)).isEmpty();
  }

  @Test
  void retract_ofEveryOp_undoesApply() {
    // The regimes "record" the what-if once it is applied; retracting it must give back the mini
    // regime on every day that matters.
    Agreement whatIf = Agreements.fixture("mini-what-if.yaml");
    List<Regime> applied = AgreementOverlay.apply(MINI, whatIf);
    RegimeHistory back = RegimeHistory.of(AgreementOverlay.retract(applied, whatIf, d("2012-01-01")));
    RegimeHistory base = RegimeHistory.of(MINI);
    for (String date : List.of("2011-12-31", "2012-01-01", "2012-03-01", "2012-07-01", "2013-12-31", "2014-01-01",
        "2016-02-10")) {
      for (String id : List.of("entry-ban", "payment-reporting", "export-ban", "luxury-ban", "port-ban",
          "electronics-licence")) {
        assertThat(AgreementCheck.describe(on(back, id, date))).as(id + " on " + date)
            .isEqualTo(AgreementCheck.describe(on(base, id, date)));
      }
    }
    assertThat(on(back, "luxury-ban", "2013-01-01").orElseThrow().exemptions()).extracting(Exemption::id).isEmpty();
  }
}
