package org.kenmon.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenmon.agreement.Agreements.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kenmon.hs.HsCode;
import org.kenmon.regime.Regime;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.testing.Fixtures;

/** The shipped agreement files against the shipped regimes. */
class ShippedAgreementsTest {
  private static final List<Regime> SHIPPED = Fixtures.shipped().regimes();
  private static final List<String> JULY_2014_WITHDRAWN = List.of("jp-kp-entry-ban", "jp-kp-reentry-ban-officials",
      "jp-kp-landing-ban-crew", "jp-kp-travel-restraint");

  private static RegimeDiff diff(Agreement a, LocalDate day) {
    AgreementOverlay.Scenario s = AgreementOverlay.scenario(SHIPPED, a, a.effectiveDate().orElseThrow());
    return RegimeDiff.between(RegimeHistory.of(s.without()).on(day), RegimeHistory.of(s.with()).on(day), day, day);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014-stockholm.yaml", "hypothetical-jp-electronics-84-85.yaml",
      "hypothetical-jp-kp-normalization.yaml"})
  void check_shippedFile_hasNoProblemsAgainstTheShippedRegimes(String name) {
    AgreementFile file = Agreements.shippedFile(name);
    assertThat(AgreementCheck.check(file, SHIPPED, null)).isEmpty();
    Agreement a = file.agreement();
    assertThat(name.startsWith("hypothetical-")).isEqualTo(a.isHypothetical());
    if (a.isHypothetical()) {
      assertThat(a.title()).startsWith("HYPOTHETICAL");
    }
  }

  @Test
  void stockholm_readsTheFactsOfTheFactSheet() {
    Agreement a = Agreements.shipped("2014-stockholm.yaml");
    assertThat(a.status()).isEqualTo(Agreement.Status.CONCLUDED);
    assertThat(a.parties()).containsExactly("JP", "KP");
    assertThat(a.announced()).isEqualTo(d("2014-05-29"));
    assertThat(a.effective()).isNull();
    assertThat(a.condition()).contains("Special Investigation Committee");
    assertThat(a.effectiveDate()).contains(d("2014-07-04"));
    assertThat(a.recordedInRegimes()).isTrue();
    assertThat(a.sources()).containsKeys("S07", "S08", "S09", "S10");
    assertThat(a.reciprocal()).hasSize(3).allMatch(r -> r.contains("(S09)"));
    assertThat(a.changes()).allMatch(c -> !c.sourceIds().isEmpty() && c.from() == null);
  }

  @Test
  void stockholm_diff_isExactlyTheJuly2014Changes() {
    RegimeDiff diff = diff(Agreements.shipped("2014-stockholm.yaml"), d("2014-07-04"));
    assertThat(diff.removed()).extracting(MeasureInForce::id).containsExactlyElementsOf(JULY_2014_WITHDRAWN);
    assertThat(diff.added()).isEmpty();
    Map<String, List<String>> changed = diff.changed().stream()
        .collect(Collectors.toMap(RegimeDiff.Change::id, RegimeDiff.Change::fields));
    assertThat(changed).containsExactlyInAnyOrderEntriesOf(Map.of(
        "jp-kp-port-ban-kp-flag", List.of("exceptions"),
        "jp-kp-payment-reporting-threshold", List.of("thresholds"),
        "jp-kp-cash-declaration-threshold", List.of("thresholds")));
    RegimeDiff.Change payment = change(diff, "jp-kp-payment-reporting-threshold");
    assertThat(payment.before().thresholds().get(0).amount()).isEqualByComparingTo("3000000");
    assertThat(payment.after().thresholds().get(0).amount()).isEqualByComparingTo("30000000");
    RegimeDiff.Change cash = change(diff, "jp-kp-cash-declaration-threshold");
    assertThat(cash.before().thresholds().get(0).amount()).isEqualByComparingTo("100000");
    assertThat(cash.after().thresholds().get(0).amount()).isEqualByComparingTo("1000000");
    RegimeDiff.Change port = change(diff, "jp-kp-port-ban-kp-flag");
    assertThat(port.before().exemptions()).isEmpty();
    assertThat(port.after().exemptions()).extracting(e -> e.id()).containsExactly("humanitarian-cargo-2014");
    assertThat(diff.renewed()).isEmpty();
    assertThat(diff.unchanged()).contains("jp-kp-import-ban", "jp-kp-export-ban", "jp-kp-brokering-ban",
        "jp-kp-charter-flight-ban", "un-kp-asset-freeze");
  }

  @Test
  void stockholm_diff_agreesWithTheRegimeDiffAcrossThe4thOfJuly() {
    RegimeHistory shipped = Fixtures.shipped();
    RegimeDiff recorded = RegimeDiff.between(shipped.on(d("2014-07-03")), shipped.on(d("2014-07-04")),
        d("2014-07-03"), d("2014-07-04"));
    RegimeDiff agreement = diff(Agreements.shipped("2014-stockholm.yaml"), d("2014-07-04"));
    assertThat(agreement.removed()).extracting(MeasureInForce::id)
        .containsExactlyElementsOf(recorded.removed().stream().map(MeasureInForce::id).toList());
    assertThat(agreement.changed()).extracting(c -> c.id() + c.fields())
        .containsExactlyElementsOf(recorded.changed().stream().map(c -> c.id() + c.fields()).toList());
  }

  @Test
  void stockholm_withoutIt_theMeasuresOfThe3rdCarryOnUntilTheRecordedReinstatement() {
    Agreement a = Agreements.shipped("2014-stockholm.yaml");
    RegimeHistory without = RegimeHistory.of(AgreementOverlay.retract(SHIPPED, a, d("2014-07-04")));
    RegimeHistory shipped = Fixtures.shipped();
    for (String id : JULY_2014_WITHDRAWN) {
      assertThat(without.on(d("2015-06-01")).measure(id)).as(id).isPresent();
      assertThat(without.on(d("2016-02-10")).measure(id).map(m -> m.title()))
          .isEqualTo(shipped.on(d("2016-02-10")).measure(id).map(m -> m.title()));
    }
    LocalDate before = d("2014-07-03");
    assertThat(RegimeDiff.between(shipped.on(before), without.on(before), before, before).isEmpty()).isTrue();
    assertThat(without.on(d("2014-07-04")).measure("jp-kp-payment-reporting-threshold").orElseThrow().thresholds()
        .get(0).amount()).isEqualByComparingTo("3000000");
  }

  @Test
  void electronics_narrowsJapansTwoExportBansAndNothingElse() {
    Agreement a = Agreements.shipped("hypothetical-jp-electronics-84-85.yaml");
    assertThat(a.effectiveDate()).contains(d("2026-12-01"));
    RegimeDiff diff = diff(a, d("2026-12-01"));
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.added()).isEmpty();
    assertThat(diff.changed()).extracting(c -> c.id() + c.fields())
        .containsExactly("jp-kp-export-ban[scope]", "jp-kp-luxury-export-ban[scope]");
    HsCode laptop = HsCode.parse("8471.30");
    RegimeDiff.Change export = change(diff, "jp-kp-export-ban");
    assertThat(export.before().scope().goods().coversCode(laptop)).isTrue();
    assertThat(export.after().scope().goods().coversCode(laptop)).isFalse();
    assertThat(export.after().scope().goods().coversCode(HsCode.parse("8703"))).isTrue();
    MeasureInForce unSupplyBan = diff.unchanged().contains("un-kp-supply-ban-hs-72-89")
        ? RegimeHistory.of(SHIPPED).on(d("2026-12-01")).measure("un-kp-supply-ban-hs-72-89").orElseThrow() : null;
    assertThat(unSupplyBan).isNotNull();
    assertThat(unSupplyBan.scope().goods().coversCode(laptop)).isTrue();
    assertThat(diff(a, d("2026-11-30")).isEmpty()).isTrue();
  }

  @Test
  void normalization_leavesJapanOnlyTheGeneralCashThresholdAndTheUnMeasuresAsTheyWere() {
    Agreement a = Agreements.shipped("hypothetical-jp-kp-normalization.yaml");
    LocalDate day = d("2026-12-01");
    AgreementOverlay.Scenario s = AgreementOverlay.scenario(SHIPPED, a, day);
    RegimeHistory with = RegimeHistory.of(s.with());
    assertThat(with.on(day).measures().stream().filter(m -> m.issuer().equals("JP")))
        .singleElement().satisfies(m -> {
          assertThat(m.id()).isEqualTo("jp-kp-cash-declaration-threshold");
          assertThat(m.thresholds().get(0).amount()).isEqualByComparingTo("1000000");
        });
    RegimeDiff diff = diff(a, day);
    assertThat(diff.removed()).hasSize(19).allMatch(m -> m.issuer().equals("JP"));
    assertThat(diff.unchanged()).allMatch(id -> id.startsWith("un-kp-"))
        .hasSize((int) RegimeHistory.of(SHIPPED).on(day).measures().stream().filter(m -> m.issuer().equals("UN"))
            .count());
    assertThat(diff(a, d("2026-11-30")).isEmpty()).isTrue();
  }

  private static RegimeDiff.Change change(RegimeDiff diff, String id) {
    return diff.changed().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
