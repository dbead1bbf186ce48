package org.kenmon.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionTest {

  @Test
  void add_countsEachCell() {
    Confusion c = Confusion.EMPTY.add(true, true).add(true, false).add(false, true).add(false, false)
        .add(true, true);
    assertThat(c).isEqualTo(new Confusion(2, 1, 1, 1));
    assertThat(c.total()).isEqualTo(5);
  }

  @Test
  void measures_followTheirDefinitions() {
    Confusion c = new Confusion(6, 2, 4, 8);
    assertThat(c.precision()).isCloseTo(0.75, within(1e-12));
    assertThat(c.recall()).isCloseTo(0.6, within(1e-12));
    assertThat(c.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
  }

  @Test
  void measures_emptySliceIsNotAFailure() {
    assertThat(Confusion.EMPTY.precision()).isEqualTo(1);
    assertThat(Confusion.EMPTY.recall()).isEqualTo(1);
    assertThat(new Confusion(0, 3, 2, 0).f1()).isZero();
  }

  @Test
  void new_negativeCount_throws() {
    assertThatThrownBy(() -> new Confusion(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void grid_walksFiftyThresholdsInHundredths() {
    assertThat(Grid.THRESHOLDS).hasSize(50).startsWith(0.50, 0.51).endsWith(0.98, 0.99);
  }
}
