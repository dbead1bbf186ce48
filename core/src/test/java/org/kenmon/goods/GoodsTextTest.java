package org.kenmon.goods;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoodsTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Toshiba Notebook-PCs | toshiba notebook pc",
        "20 CARTONS of Frozen Tuna Fillets | 20 carton of frozen tuna fillet",
        "Wrist Watches, Batteries & Glasses | wrist watch battery and glass",
        "Crème Brûlée; Müller’s | creme brulee muller",
        "ＭＰ３　ＰＬＡＹＥＲ | mp3 player",
        "TVs, bus, dress | tv bus dress"
      })
  void fold_latin(String input, String expected) {
    assertThat(GoodsText.fold(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ﾃﾞｼﾞﾀﾙｶﾒﾗ | デジタルカメラ",
        "デジタル・カメラ | デジタルカメラ",
        "디지털 카메라 | 디지털카메라",
        "筆記型電腦 | 笔记型电脑",
        "東芝 | 东芝",
        "ソニー MP4 プレーヤー | ソニーmp4プレーヤー"
      })
  void fold_cjkWidthScriptAndSpaces(String input, String expected) {
    assertThat(GoodsText.fold(input)).isEqualTo(expected);
  }

  @Test
  void of_remembersWordStartsWhereSpacesWereDropped() {
    GoodsText t = GoodsText.of("모델 델");
    assertThat(t.toString()).isEqualTo("모델델");
    assertThat(t.wordStart(0)).isTrue();
    assertThat(t.wordStart(1)).isFalse();
    assertThat(t.wordStart(2)).isTrue();
    GoodsText latin = GoodsText.of("sony tv");
    assertThat(latin.wordStart(5)).isTrue();
    assertThat(latin.wordStart(6)).isFalse();
  }

  @Test
  void of_tellsListPunctuationFromSpaces() {
    GoodsText list = GoodsText.of("laptops, cameras");
    assertThat(list.toString()).isEqualTo("laptop camera");
    assertThat(list.sep[7]).isEqualTo(GoodsText.HARD);
    assertThat(GoodsText.of("laptop bag").sep[7]).isEqualTo(GoodsText.SOFT);
    assertThat(GoodsText.of("カメラ、テレビ").sep[3]).isEqualTo(GoodsText.HARD);
    assertThat(GoodsText.of("デジタル・カメラ").sep[4]).isEqualTo(GoodsText.SOFT);
  }

  @Test
  void of_cutsVeryLongDescriptions() {
    assertThat(GoodsText.of("a".repeat(5000)).length).isEqualTo(GoodsText.MAX_LENGTH);
  }

  @Test
  void latinTokens_canLeaveOutABrand() {
    GoodsText t = GoodsText.of("Sharp knives");
    assertThat(t.latinTokens()).containsExactly("sharp", "knive");
    assertThat(t.latinTokens(0, 5)).containsExactly("knive");
  }
}
