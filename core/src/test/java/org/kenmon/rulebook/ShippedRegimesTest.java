package org.kenmon.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kenmon.hs.HsCode;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Direction;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Regime;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.testing.Fixtures;

/** The shipped regime data: it validates, and it tells the key dates as the sources do. */
class ShippedRegimesTest {
  private static final LocalDate BEFORE_LIFTING = LocalDate.of(2014, 7, 3);
  private static final LocalDate AFTER_LIFTING = LocalDate.of(2014, 7, 5);

  private final RegimeHistory japan = Fixtures.shipped().restrictTo(Set.of("JP"));
  private final RegimeHistory un = Fixtures.shipped().restrictTo(Set.of("UN"));

  @Test
  void shippedFiles_validateWithoutErrors() {
    RegimeLoader.Result result = RegimeLoader.loadShipped();
    assertThat(result.problems().stream().filter(Problem::isError)).isEmpty();
    assertThat(result.regimes()).extracting(Regime::id).containsExactly("JP-KP", "UN-KP");
  }

  @Test
  void everyMeasure_citesLegalBasisAndKnownSources() {
    for (Regime r : Fixtures.shipped().regimes()) {
      for (Measure m : r.measures()) {
        assertThat(m.legalBasis()).as(m.id()).isNotBlank();
        assertThat(m.sourceIds()).as(m.id()).isNotEmpty().allMatch(r.sources()::containsKey);
      }
    }
  }

  @Test
  void july2014Lifting_changesPersonsMoneyAndHumanitarianShipsOnly() {
    RegimeDiff d = RegimeDiff.between(japan.on(BEFORE_LIFTING), japan.on(AFTER_LIFTING), BEFORE_LIFTING, AFTER_LIFTING);
    assertThat(d.added()).isEmpty();
    assertThat(d.removed()).extracting(MeasureInForce::kind).extracting(k -> k.code())
        .containsExactlyInAnyOrder("entry_ban", "reentry_ban", "landing_ban", "travel_restraint");
    assertThat(d.changed()).extracting(c -> c.after().kind().code())
        .containsExactlyInAnyOrder("port_entry_ban", "payment_reporting_threshold", "cash_declaration_threshold");
    for (RegimeDiff.Change c : d.changed()) {
      switch (c.after().kind()) {
        case PAYMENT_REPORTING_THRESHOLD:
          assertThat(c.fields()).contains("thresholds");
          assertThat(c.before().thresholds().get(0).amount().longValueExact()).isEqualTo(3_000_000L);
          assertThat(c.after().thresholds().get(0).amount().longValueExact()).isEqualTo(30_000_000L);
          break;
        case CASH_DECLARATION_THRESHOLD:
          assertThat(c.before().thresholds().get(0).amount().longValueExact()).isEqualTo(100_000L);
          assertThat(c.after().thresholds().get(0).amount().longValueExact()).isEqualTo(1_000_000L);
          break;
        default:
          assertThat(c.fields()).containsExactly("exceptions");
          assertThat(c.before().exemptions()).isEmpty();
          assertThat(c.after().exemptions()).singleElement()
              .satisfies(e -> assertThat(e.when().purpose()).contains("humanitarian"));
      }
    }
    assertThat(d.renewed()).isEmpty();
    // The trade bans stayed.
    List<String> unchangedKinds = d.unchanged().stream()
        .map(id -> japan.on(AFTER_LIFTING).measure(id).orElseThrow().kind().code()).toList();
    assertThat(unchangedKinds).contains("import_ban", "export_ban", "brokering_ban");
  }

  @Test
  void japanExportBan_coversLaptopsThroughoutAndRoutesViaThirdCountries() {
    for (String date : List.of("2009-06-18", "2014-07-05", "2016-03-01", "2025-04-14")) {
      Rulebook r = japan.on(LocalDate.parse(date));
      assertThat(r.applicableTo(Direction.EXPORT)).as(date)
          .anySatisfy(m -> {
            assertThat(m.kind().code()).isEqualTo("export_ban");
            assertThat(m.scope().goods().coversCode(HsCode.parse("8471.30"))).isTrue();
            assertThat(m.scope().viaThirdCountries()).isTrue();
          });
    }
    assertThat(japan.on(LocalDate.of(2009, 6, 17)).applicableTo(Direction.EXPORT))
        .noneMatch(m -> m.kind().code().equals("export_ban"));
  }

  @Test
  void res2397SupplyBan_inForceFrom2017_12_22() {
    assertThat(supplyBanCovering(LocalDate.of(2018, 1, 1), "8471.30")).isNotEmpty();
    assertThat(supplyBanCovering(LocalDate.of(2018, 1, 1), "72")).isNotEmpty();
    assertThat(supplyBanCovering(LocalDate.of(2018, 1, 1), "8901")).isNotEmpty();
    assertThat(supplyBanCovering(LocalDate.of(2018, 1, 1), "71")).isEmpty();
    assertThat(supplyBanCovering(LocalDate.of(2017, 12, 1), "8471.30")).isEmpty();
    assertThat(supplyBanCovering(LocalDate.of(2017, 12, 21), "8471.30")).isEmpty();
    assertThat(supplyBanCovering(LocalDate.of(2017, 12, 22), "8471.30")).isNotEmpty();
  }

  private List<MeasureInForce> supplyBanCovering(LocalDate date, String hs) {
    return un.on(date).applicableTo(Direction.EXPORT).stream()
        .filter(m -> m.scope().goods() != null && !m.scope().goods().all()
            && m.scope().goods().coversCode(HsCode.parse(hs)))
        .toList();
  }

  @Test
  void unRegime_growsResolutionByResolution() {
    int previous = 0;
    for (String date : List.of("2006-10-14", "2009-06-12", "2013-03-07", "2016-03-02", "2016-11-30",
        "2017-08-05", "2017-09-11", "2017-12-22")) {
      Rulebook r = un.on(LocalDate.parse(date));
      RegimeDiff d = RegimeDiff.between(un.on(LocalDate.parse(date).minusDays(1)), r,
          LocalDate.parse(date).minusDays(1), LocalDate.parse(date));
      assertThat(d.isEmpty()).as("something changes on " + date).isFalse();
      assertThat(r.measures().size()).as(date).isGreaterThanOrEqualTo(previous);
      previous = r.measures().size();
    }
  }
}
