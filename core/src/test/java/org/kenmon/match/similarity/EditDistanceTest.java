package org.kenmon.match.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
  private final EditDistance distance = new EditDistance();

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "kim, kim, 0",
      "assad, asasd, 1",       // adjacent swap counts once
      "mohammed, muhammad, 2",
      "castro, castillo, 3",
      "ri, rim, 1",
      "'', abc, 3"})
  void within_generousBudget_isTheDamerauDistance(String a, String b, int expected) {
    assertThat(distance.within(a, b, 5)).isEqualTo(expected);
    assertThat(distance.within(b, a, 5)).as("symmetric").isEqualTo(expected);
  }

  @Test
  void within_overBudget_returnsBudgetPlusOne() {
    assertThat(distance.within("castro", "castillo", 1)).isEqualTo(2);
    assertThat(distance.within("a", "abcdefgh", 2)).as("length gap alone exceeds the budget").isEqualTo(3);
    assertThat(distance.within("mohammed", "muhammad", 2)).isEqualTo(2);
  }

  @Test
  void within_reusedInstance_forgetsEarlierWords() {
    distance.within("abcdefghijklmnop", "qrstuvwxyzabcdef", 3);
    assertThat(distance.within("tim", "tom", 1)).isEqualTo(1);
    assertThat(distance.within("sung", "song", 1)).isEqualTo(1);
  }

  @Test
  void within_wordsLongerThanItsRows_areTreatedAsOverBudget() {
    String long1 = "a".repeat(70);
    assertThat(distance.within(long1, long1, 2)).isEqualTo(3);
  }

  @ParameterizedTest(name = "length {0}: budget {1}")
  @CsvSource({"1, 0", "3, 0", "4, 1", "9, 1", "10, 2", "14, 2", "15, 3", "40, 3"})
  void budget_growsWithWordLength(int length, int budget) {
    assertThat(EditDistance.budget(length)).isEqualTo(budget);
  }
}
