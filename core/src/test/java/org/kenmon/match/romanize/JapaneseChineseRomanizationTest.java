package org.kenmon.match.romanize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hepburn/Kunrei pairs (fact sheet §6.2) and Wade–Giles/Pinyin pairs (§6.3, LoC rules). */
class JapaneseChineseRomanizationTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({"shimbashi, sinbasi", "chiba, tiba", "tsutomu, tutomu", "fukuda, hukuda", "fujita, huzita",
      "shoji, syozi", "jun, zyun", "soren, souren", "sato, satoh", "ono, ohno", "yuki, yuuki", "toshiba, tosiba",
      "ichiro, itiro", "chosen, tyosen"})
  void japanese_variantsMerge(String a, String b) {
    assertThat(JapaneseRomanization.key(a)).isNotNull().isEqualTo(JapaneseRomanization.key(b));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lee", "kim", "smith", "park", "clark"})
  void japanese_impossibleWords_giveNull(String word) {
    assertThat(JapaneseRomanization.key(word)).isNull();
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({"hsi, xi", "chinping, jinping", "tsetung, zedong", "teng, deng", "hsiaoping, xiaoping",
      "tantung, dandong", "chilin, jilin", "liaoning, liaoning", "huntun, hundun", "tienchin, tianjin",
      "jen, ren", "chiang, jiang", "kuomintang, guomindang"})
  void chinese_variantsMerge(String a, String b) {
    assertThat(ChineseRomanization.key(a)).isNotNull().isEqualTo(ChineseRomanization.key(b));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"xi, shi", "jin, zhen", "wang, huang", "li, lin"})
  void chinese_differentSyllablesStayApart(String a, String b) {
    assertThat(ChineseRomanization.key(a)).isNotEqualTo(ChineseRomanization.key(b));
  }

  @ParameterizedTest
  @ValueSource(strings = {"smith", "kim", "mohammed"})
  void chinese_impossibleWords_giveNull(String word) {
    assertThat(ChineseRomanization.key(word)).isNull();
  }
}
