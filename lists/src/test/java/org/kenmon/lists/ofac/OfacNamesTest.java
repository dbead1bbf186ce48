package org.kenmon.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfacNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CIFUENTES VILLA, Jorge Milton | Jorge Milton CIFUENTES VILLA",
      "TIAN, Yinyin | Yinyin TIAN",
      "DELOS REYES, Feliciano Semborio, Jr. | Feliciano Semborio DELOS REYES Jr.",
      "KNOWLES, JR., Samuel | Samuel KNOWLES JR.",
      "MARUF, Taha, Muhyi al-Din | Taha Muhyi al-Din MARUF",
      "ABU ZUBAYDAH | ABU ZUBAYDAH",
      "SMITH, | SMITH",
  })
  void flip_publishedForm_givenNameFirst(String published, String flipped) {
    assertThat(OfacNames.flip(published)).isEqualTo(flipped);
  }
}
