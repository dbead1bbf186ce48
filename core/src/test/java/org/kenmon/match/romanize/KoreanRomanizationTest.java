package org.kenmon.match.romanize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Variant sets from the UN and OFAC lists and the surname tables of the fact sheet
 * (shared/reference/dprk-sanctions.md §6.1): each pair must share a key.
 */
class KoreanRomanizationTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
      // surnames
      "kim, gim", "ri, lee", "ri, yi", "ri, i", "ri, rhee", "ri, li", "pak, park", "pak, bak", "pak, bahk",
      "choe, choi", "chong, jeong", "chong, cheong", "chong, joung", "jung, chung", "jang, chang",
      "kwon, gwon", "kwon, kweon", "yu, yoo", "ryu, yu", "rim, im", "rim, lim", "ro, no", "ro, noh",
      "ryang, yang", "ryom, yom", "ryong, yong", "han, han",
      // given-name syllables seen on the lists (UN KPi.024, KPi.078, KPi.065, KPi.007, KPi.040, KPi.062)
      "yong, young", "chol, cheol", "un, eun", "hyok, hyeok", "myong, myeong", "chin, jin", "kyu, gyu",
      "tong, dong", "tongmyong, dongmyeong", "sok, seok", "song, seong", "il, il"})
  void key_variantsMerge(String a, String b) {
    assertThat(KoreanRomanization.key(a)).isNotNull().isEqualTo(KoreanRomanization.key(b));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"kim, pak", "ri, pak", "chol, chun", "han, kang", "yong, chang", "sok, son"})
  void key_differentNamesStayApart(String a, String b) {
    assertThat(KoreanRomanization.key(a)).isNotEqualTo(KoreanRomanization.key(b));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"김동명, kimtongmyong", "김, kim", "이, i", "리, i", "최, jwe", "박, pak", "정은, jongun", "류, yu",
      "룡해, yonghe"})
  void keyOfHangul_matchesLatinKeys(String hangul, String latin) {
    assertThat(KoreanRomanization.keyOfHangul(hangul)).isEqualTo(KoreanRomanization.key(latin));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xavier", "mohammed", "gaddafi", "schmidt", "", "abc1"})
  void key_nonKoreanWords_giveNull(String word) {
    assertThat(KoreanRomanization.key(word)).isNull();
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource({"김동명, gimdongmyeong", "최석민, choeseokmin", "리은성, rieunseong"})
  void readingOfHangul_isRevisedRomanization(String hangul, String reading) {
    assertThat(KoreanRomanization.readingOfHangul(hangul)).isEqualTo(reading);
  }
}
