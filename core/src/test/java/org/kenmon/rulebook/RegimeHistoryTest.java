package org.kenmon.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenmon.regime.Direction;
import org.kenmon.testing.Fixtures;

class RegimeHistoryTest {
  private final RegimeHistory history = Fixtures.miniHistory();

  private boolean inForce(String id, String date) {
    return history.on(LocalDate.parse(date)).measure(id).isPresent();
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      // the day before, the first day, the last day, the day after
      "export-ban, 2009-06-17, false",
      "export-ban, 2009-06-18, true",
      "export-ban, 2010-04-13, true",
      "export-ban, 2010-04-14, true",
      "export-ban, 2099-01-01, true",
      "entry-ban, 2006-10-10, false",
      "entry-ban, 2006-10-11, true",
      "entry-ban, 2014-07-03, true",
      "entry-ban, 2014-07-04, false",
      "entry-ban, 2016-02-09, false",
      "entry-ban, 2016-02-10, true",
      "payment-reporting, 2016-02-25, true",
      "payment-reporting, 2016-02-26, false",
      "payment-reporting, 2005-01-16, false"})
  void on_intervalEdges(String id, String date, boolean expected) {
    assertThat(inForce(id, date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "threshold on {0} is {1}")
  @CsvSource({"2010-07-05, 30000000", "2010-07-06, 3000000", "2013-01-01, 3000000", "2014-07-03, 3000000",
      "2014-07-04, 30000000"})
  void on_amendmentCarriesForwardUntilAmendedAgain(String date, long amount) {
    MeasureInForce m = history.on(LocalDate.parse(date)).measure("payment-reporting").orElseThrow();
    assertThat(m.thresholds()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualByComparingTo(BigDecimal.valueOf(amount)));
  }

  @Test
  void on_amendedTitleAndUnconfirmedFollowTheInterval() {
    MeasureInForce amended = history.on(LocalDate.of(2012, 1, 1)).measure("payment-reporting").orElseThrow();
    assertThat(amended.title()).isEqualTo("Payments above JPY 3m must be reported");
    assertThat(amended.unconfirmed()).isEmpty();
    MeasureInForce first = history.on(LocalDate.of(2008, 1, 1)).measure("payment-reporting").orElseThrow();
    assertThat(first.title()).isEqualTo("Payments above a threshold must be reported");
    assertThat(first.unconfirmed()).singleElement().satisfies(u -> assertThat(u.field()).isEqualTo("valid_from"));
  }

  @ParameterizedTest(name = "humanitarian exception on {0}: {1}")
  @CsvSource({"2014-07-03, false", "2014-07-04, true", "2016-02-18, true", "2016-02-19, false"})
  void on_exceptionWithOwnValidity(String date, boolean expected) {
    MeasureInForce port = history.on(LocalDate.parse(date)).measure("port-ban").orElseThrow();
    assertThat(port.exemptions().isEmpty()).isEqualTo(!expected);
  }

  @Test
  void on_resolvesSourcesOfMeasureAndInterval() {
    MeasureInForce m = history.on(LocalDate.of(2012, 1, 1)).measure("export-ban").orElseThrow();
    assertThat(m.sources()).extracting(s -> s.id()).containsExactly("A", "B");
    assertThat(m.validFrom()).isEqualTo(LocalDate.of(2011, 4, 14));
    assertThat(m.validTo()).isNull();
  }

  @Test
  void on_sameEpochGivesTheSameRulebook() {
    assertThat(history.on(LocalDate.of(2013, 2, 1))).isSameAs(history.on(LocalDate.of(2013, 5, 5)));
    assertThat(history.on(LocalDate.of(2000, 1, 1)).measures()).isEmpty();
  }

  @Test
  void applicableTo_indexesByDirection() {
    Rulebook r = history.on(LocalDate.of(2012, 1, 1));
    assertThat(r.applicableTo(Direction.EXPORT)).extracting(MeasureInForce::id).containsExactly("export-ban", "luxury-ban");
    assertThat(r.applicableTo(Direction.PAYMENT)).extracting(MeasureInForce::id).containsExactly("payment-reporting");
    assertThat(r.applicableTo(Direction.IMPORT)).isEmpty();
  }

  @Test
  void restrictTo_keepsOnlyThoseIssuers() {
    assertThat(history.restrictTo(Set.of("UN")).on(LocalDate.of(2012, 1, 1)).measures()).isEmpty();
    assertThat(history.restrictTo(Set.of()).on(LocalDate.of(2012, 1, 1)).measures()).hasSize(5);
  }

  @Test
  void dataHash_changesWithTheData() {
    String edited = Fixtures.resource("fixtures/mini-kp.yaml").replace("Act art. 1", "Act art. 2");
    RegimeHistory other = RegimeHistory.of(java.util.List.of(Fixtures.readText("mini-kp.yaml", edited).regime()));
    assertThat(other.dataHash()).isNotEqualTo(history.dataHash()).hasSize(64);
  }
}
