package org.kenmon.hs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HsPatternTest {

  @ParameterizedTest(name = "{0} parses to {1}")
  @CsvSource({
      "84, 84",
      "8471, 8471",
      "8471.30, 8471.30",
      "847130, 8471.30",
      "8471.30.01, 8471.30.01",
      "07, 07",
      "'8471 30', 8471.30"})
  void parse_wellFormed(String text, String shown) {
    assertThat(HsCode.parse(text).toString()).isEqualTo(shown);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "8", "847", "84713", "84a1", "84711230123", "８４", "-84"})
  void parse_malformed_namesTheInput(String text) {
    assertThatThrownBy(() -> HsCode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
      "72-83, 72, true",
      "72-83, 8301.10, true",
      "72-83, 83, true",
      "72-83, 84, false",
      "72-83, 7199, false",
      "84, 8471.30, true",
      "8471.30, 8471, false",
      "8471.30, 8471.30.10, true",
      "8401-8403, 8402.11, true",
      "8401-8403, 8404, false"})
  void covers(String pattern, String code, boolean expected) {
    assertThat(HsPattern.parse(pattern).covers(HsCode.parse(code))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @CsvSource({"8471.30, 84, true", "8471.30, 85, false", "72-83, 7, false", "72-83, 8301, true"})
  void overlaps(String pattern, String code, boolean expected) {
    assertThat(HsPattern.parse(pattern).overlaps(HsCode.parse(code.length() == 1 ? "0" + code : code)))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"83-72", "72-8301", "72-", "x-83"})
  void parse_badRange(String text) {
    assertThatThrownBy(() -> HsPattern.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
