package org.kenmon.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kenmon.testing.Fixtures;

class RegimeDiffTest {
  private final RegimeHistory history = Fixtures.miniHistory();

  private RegimeDiff diff(String from, String to) {
    LocalDate a = LocalDate.parse(from);
    LocalDate b = LocalDate.parse(to);
    return RegimeDiff.between(history.on(a), history.on(b), a, b);
  }

  @Test
  void between_liftingDay_separatesRemovedChangedAndUnchanged() {
    RegimeDiff d = diff("2014-07-03", "2014-07-04");
    assertThat(d.removed()).extracting(MeasureInForce::id).containsExactly("entry-ban");
    assertThat(d.changed()).extracting(RegimeDiff.Change::id).containsExactly("payment-reporting", "port-ban");
    assertThat(d.changed().get(0).fields()).containsExactly("title", "thresholds");
    assertThat(d.changed().get(1).fields()).containsExactly("exceptions");
    assertThat(d.added()).isEmpty();
    assertThat(d.renewed()).isEmpty();
    assertThat(d.unchanged()).containsExactly("export-ban", "luxury-ban");
  }

  @Test
  void between_renewalOnly_isRenewedNotChanged() {
    RegimeDiff d = diff("2010-04-13", "2010-04-14");
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.renewed()).extracting(RegimeDiff.Change::id).containsExactly("export-ban");
  }

  @Test
  void between_renewalAfterAmendment_keepsTheAmendment() {
    RegimeDiff d = diff("2012-12-31", "2013-01-01");
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.renewed()).extracting(RegimeDiff.Change::id).containsExactly("payment-reporting");
  }

  @Test
  void between_sameDate_isEmpty() {
    RegimeDiff d = diff("2012-01-01", "2012-01-01");
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.renewed()).isEmpty();
    assertThat(d.unchanged()).hasSize(5);
  }

  @Test
  void between_reversedDates_swapsAddedAndRemoved() {
    RegimeDiff forward = diff("2014-07-05", "2016-03-01");
    RegimeDiff back = diff("2016-03-01", "2014-07-05");
    assertThat(forward.added()).extracting(MeasureInForce::id).containsExactly("entry-ban");
    assertThat(forward.removed()).extracting(MeasureInForce::id).containsExactly("payment-reporting");
    assertThat(back.removed()).extracting(MeasureInForce::id).containsExactly("entry-ban");
    assertThat(back.added()).extracting(MeasureInForce::id).containsExactly("payment-reporting");
  }

  @Test
  void timeline_spansSplitAtAmendmentsNotAtRenewals() {
    Timeline t = Timeline.of(history);
    Timeline.Row export = t.rows().stream().filter(r -> r.id().equals("export-ban")).findFirst().orElseThrow();
    assertThat(export.spans()).singleElement().satisfies(s -> {
      assertThat(s.from()).isEqualTo(LocalDate.of(2009, 6, 18));
      assertThat(s.to()).isNull();
      assertThat(s.renewals()).containsExactly(LocalDate.of(2010, 4, 14), LocalDate.of(2011, 4, 14));
    });
    Timeline.Row payment = t.rows().stream().filter(r -> r.id().equals("payment-reporting")).findFirst().orElseThrow();
    assertThat(payment.spans()).extracting(Timeline.Span::thresholds)
        .containsExactly("> JPY 30,000,000", "> JPY 3,000,000", "> JPY 30,000,000");
    assertThat(payment.spans().get(1).renewals()).containsExactly(LocalDate.of(2013, 1, 1));
    Timeline.Row entry = t.rows().stream().filter(r -> r.id().equals("entry-ban")).findFirst().orElseThrow();
    assertThat(entry.spans()).extracting(Timeline.Span::to).containsExactly(LocalDate.of(2014, 7, 3), null);
    List<Timeline.ChangePeriod> keys = t.keyPeriods(3, LocalDate.of(2026, 1, 1));
    assertThat(keys).extracting(Timeline.ChangePeriod::label)
        .containsExactly("JP 2006-10-11 to 2006-10-14", "JP 2014-07-04", "JP 2016-02-10 to 2016-02-26");
    assertThat(keys).extracting(Timeline.ChangePeriod::total).containsExactly(2, 3, 3);
    assertThat(t.keyPeriods(3, LocalDate.of(2015, 1, 1))).extracting(Timeline.ChangePeriod::from)
        .doesNotContain(LocalDate.of(2016, 2, 10));
  }
}
