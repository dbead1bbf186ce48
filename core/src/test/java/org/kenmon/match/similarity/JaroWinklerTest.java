package org.kenmon.match.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {

  /** Reference values from Winkler (1990) and the commons-text implementation. */
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
      "martha, marhta, 0.961",
      "dwayne, duane, 0.840",
      "dixon, dicksonx, 0.813",
      "abc, abc, 1.0",
      "abc, xyz, 0.0",
      "'', '', 1.0",
      "a, '', 0.0"})
  void similarity_knownValues(String a, String b, double expected) {
    assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.001));
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({"muammar gaddafi, moammar qadhafi", "tongmyong, dongmyeong", "scholz, scholze"})
  void similarity_isSymmetric(String a, String b) {
    assertThat(JaroWinkler.similarity(a, b)).isCloseTo(JaroWinkler.similarity(b, a), within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"muammar gaddafi, moammar qadhafi"})
  void similarity_agreesWithCommonsTextOnPublishedExample(String a, String b) {
    // stack.md: commons-text scored this pair above 0.8.
    assertThat(JaroWinkler.similarity(a, b)).isGreaterThan(0.8);
  }
}
