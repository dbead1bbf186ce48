package org.kenmon.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Stamp;
import org.kenmon.screen.Verdict;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.TransactionType;
import org.kenmon.whatif.Comparison.Change;

class ComparisonTest {
  private static final LocalDate DAY = LocalDate.of(2014, 7, 4);
  private static final Transaction T = new Transaction("T", DAY, TransactionType.PAYMENT, null, null, null, null,
      null, null, null, null, null, null, null, null, "test:1", null);

  private static Finding f(String measure, Outcome effect) {
    return new Finding(measure, "JP", effect, "because", List.of(), false);
  }

  private static Verdict v(Finding... findings) {
    Outcome o = Outcome.CLEAR;
    for (Finding x : findings) {
      o = o.worst(x.effect());
    }
    return new Verdict("T", o, DAY, List.of(findings), new Stamp("e", "r", List.of(), null), T);
  }

  private static Finding parse(String spec) {
    if (spec.isBlank()) {
      return null;
    }
    String[] p = spec.trim().split("=");
    return f(p[0], Outcome.valueOf(p[1]));
  }

  private static Verdict verdict(String specs) {
    return v(java.util.Arrays.stream(specs.split(";")).map(ComparisonTest::parse)
        .filter(java.util.Objects::nonNull).toArray(Finding[]::new));
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "ban=PROHIBITED | '' | LAWFUL",
      "ban=PROHIBITED | ban=REVIEW | EASED",
      "ban=PROHIBITED | ban=REPORTABLE | LAWFUL",
      "report=REPORTABLE | report=CLEAR | NO_LONGER_REPORTABLE",
      "ban=PROHIBITED;un=PROHIBITED | un=PROHIBITED | STILL_BLOCKED",
      "'' | ban=PROHIBITED | TIGHTENED",
      "ban=PROHIBITED;other=REVIEW | ban=PROHIBITED;other=REVIEW | UNCHANGED",
      "ban=PROHIBITED | ban=PROHIBITED;new=PROHIBITED | STILL_BLOCKED"})
  void change_followsTheOutcomesAndFindings(String before, String after, Change expected) {
    assertThat(new Comparison(T, DAY, verdict(before), verdict(after)).change()).isEqualTo(expected);
  }

  @Test
  void liftedAndImposed_pairFindingsByMeasure() {
    Comparison c = new Comparison(T, DAY, v(f("a", Outcome.PROHIBITED), f("b", Outcome.REVIEW), f("c", Outcome.CLEAR)),
        v(f("a", Outcome.REVIEW), f("b", Outcome.REVIEW), f("d", Outcome.LICENCE_REQUIRED)));
    assertThat(c.lifted()).extracting(Finding::measure).containsExactly("a");
    assertThat(c.imposed()).extracting(Finding::measure).containsExactly("d");
    assertThat(c.effectWith(c.lifted().get(0))).isEqualTo(Outcome.REVIEW);
    assertThat(c.effectWith(f("gone", Outcome.PROHIBITED))).isNull();
    assertThat(c.stillBlocking()).extracting(Finding::measure).containsExactly("a", "b", "d");
  }
}
