package org.kenmon.match.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "CH'OE SO'K MIN | choe sok min",
      "Kim Tong-Myong | kim tong myong",
      "Chŏng Ŭn | chong un",
      "  KIM,  Yong Chol  | kim yong chol",
      "Müller & Søn GmbH | muller and son gmbh",
      "AT&T Inc. | at and t inc",
      "ЛУКАШЕНКО Александр | lukasenko aleksandr",
      "Korea Kwangson Banking Corp. (KKBC) | korea kwangson banking corp kkbc",
      "ＫＯＲＥＡ　ＴＯＮＧＨＡＥ | korea tonghae"})
  void normalize_latinAndTransliterated(String input, String expected) {
    assertThat(NameNormalizer.normalize(input).text()).isEqualTo(expected);
  }

  @Test
  void normalize_hangul_splitsSurnameAndKeysFromJamo() {
    NormalizedName n = NameNormalizer.normalize("김동명");
    assertThat(n.script()).isEqualTo(NormalizedName.Script.HANGUL);
    assertThat(n.tokens()).containsExactly("gim", "dongmyeong");
    assertThat(n.korean()).containsExactly("kim", "tongmyong");
    assertThat(NameNormalizer.normalize("Kim Tong-myong").korean()).containsExactly("kim", "tong", "myong");
  }

  @Test
  void normalize_kana_isRomanized() {
    NormalizedName n = NameNormalizer.normalize("トウシバ");
    assertThat(n.script()).isEqualTo(NormalizedName.Script.KANA);
    assertThat(n.japanese()[0]).isEqualTo(org.kenmon.match.romanize.JapaneseRomanization.key("toshiba"));
  }

  @Test
  void normalize_cjkLegalForms_becomeLatinLegalForms() {
    NormalizedName n = NameNormalizer.normalize("丹东鸿祥实业发展有限公司");
    assertThat(n.tokens()).contains("dan", "dong", "co", "ltd");
    assertThat(n.kinds()[n.size() - 1]).isEqualTo(TokenKind.LEGAL_FORM);
    assertThat(NameNormalizer.normalize("東芝株式会社").tokens()).endsWith("co", "ltd");
  }

  @Test
  void normalize_kinds() {
    NormalizedName n = NameNormalizer.normalize("Mr Goldman Sachs Trust 2004 Ltd");
    assertThat(n.kinds()).containsExactly(TokenKind.STOP, TokenKind.WORD, TokenKind.WORD, TokenKind.WORD,
        TokenKind.NUMBER, TokenKind.LEGAL_FORM);
  }

  @Test
  void normalize_emptyAndNull() {
    assertThat(NameNormalizer.normalize("").isEmpty()).isTrue();
    assertThat(NameNormalizer.normalize(null).isEmpty()).isTrue();
    assertThat(NameNormalizer.normalize(" ,;- ").isEmpty()).isTrue();
  }
}
