package org.kenmon.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kenmon.goods.Classification.Method;
import org.kenmon.hs.HsCode;

class GoodsClassifierTest {
  private static final GoodsClassifier GOODS = GoodsClassifier.shipped();

  /** One row of goods/classify-cases.csv. */
  record Case(
      int line,
      String description,
      String declared,
      String hs,
      Method method,
      String brand,
      String country,
      List<String> categories,
      double min,
      double max,
      boolean unconfirmed) {
    @Override
    public String toString() {
      return "line " + line + ": " + description + " | " + declared;
    }
  }

  static Stream<Arguments> labelledCases() {
    Csv table =
        Csv.read(
            "classify-cases.csv",
            GoodsFixtures.open("classify-cases.csv"),
            true,
            "description",
            "declared",
            "hs",
            "method",
            "brand",
            "country",
            "categories",
            "min",
            "max",
            "unconfirmed");
    assertThat(table.problems()).isEmpty();
    assertThat(table.rows()).hasSizeGreaterThan(80);
    return table.rows().stream()
        .map(
            r ->
                Arguments.of(
                    new Case(
                        r.line(),
                        orNull(r.get(0)),
                        orNull(r.get(1)),
                        orNull(r.get(2)),
                        Method.valueOf(r.get(3)),
                        orNull(r.get(4)),
                        orNull(r.get(5)),
                        r.get(6).isEmpty() ? List.of() : Arrays.asList(r.get(6).split(" ")),
                        Double.parseDouble(r.get(7)),
                        Double.parseDouble(r.get(8)),
                        Boolean.parseBoolean(r.get(9)))));
  }

  private static String orNull(String s) {
    return s.isEmpty() ? null : s;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelledCases")
  void classify_labelledCases(Case c) {
    Classification r = GOODS.classify(c.description(), c.declared());
    String why = String.join("\n  ", r.evidence());
    assertThat(r.hs()).as(why).isEqualTo(c.hs() == null ? null : HsCode.parse(c.hs()));
    assertThat(r.method()).as(why).isEqualTo(c.method());
    assertThat(r.brand()).as(why).isEqualTo(c.brand());
    assertThat(r.brandCountry()).as(why).isEqualTo(c.country());
    assertThat(r.categories()).as(why).isEqualTo(c.categories());
    assertThat(r.confidence()).as(why).isBetween(c.min(), c.max());
    assertThat(r.unconfirmed()).as(why).isEqualTo(c.unconfirmed());
    assertThat(r.evidence()).as("every result explains itself").isNotEmpty();
  }

  @Test
  void classify_sameGoodsInFourLanguages_giveTheSameCodeAndBrand() {
    for (String d : List.of("Sony television", "ソニー テレビ", "소니 텔레비전", "索尼 电视机", "索尼 電視機")) {
      Classification r = GOODS.classify(d, null);
      assertThat(r.hs()).as(d).isEqualTo(HsCode.parse("8528.72"));
      assertThat(r.brand()).as(d).isEqualTo("Sony");
      assertThat(r.brandCountry()).as(d).isEqualTo("JP");
    }
    for (String d : List.of("notebook computer", "ノートパソコン", "노트북", "笔记本电脑", "筆記型電腦")) {
      assertThat(GOODS.classify(d, null).hs()).as(d).isEqualTo(HsCode.parse("8471.30"));
    }
  }

  @Test
  void classify_neitherDescriptionNorCode_throws() {
    assertThatThrownBy(() -> GOODS.classify(null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description or a declared HS code");
    assertThatThrownBy(() -> GOODS.classify("   ", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void classify_malformedDeclaredCode_throwsRepeatingIt() {
    assertThatThrownBy(() -> GOODS.classify("laptop", "84713"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("84713");
    assertThatThrownBy(() -> GOODS.classify(null, "HS8471"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HS8471");
  }

  @Test
  void classify_unknownDescription_isUnclassifiedWithZeroConfidence() {
    Classification r = GOODS.classify("qzx-44 flange kit, see invoice", null);
    assertThat(r.method()).isEqualTo(Method.UNCLASSIFIED);
    assertThat(r.hs()).isNull();
    assertThat(r.confidence()).isZero();
    assertThat(r.needsReview()).isTrue();
    assertThat(r.categories()).isEmpty();
  }

  @Test
  void classify_conflict_keepsDeclaredCodeLowersConfidenceAndSaysWhy() {
    Classification r = GOODS.classify("Toshiba notebook PC", "0302.11");
    assertThat(r.method()).isEqualTo(Method.DECLARED_CONFLICT);
    assertThat(r.hs()).isEqualTo(HsCode.parse("0302.11"));
    assertThat(r.confidence()).isLessThan(GoodsClassifier.REVIEW_BELOW);
    assertThat(r.evidence())
        .anySatisfy(
            e -> assertThat(e).contains("CONFLICT").contains("8471.30").contains("0302.11"));
    Classification sameHeading = GOODS.classify("smartphone", "8517.14");
    assertThat(sameHeading.confidence()).isGreaterThan(r.confidence());
    assertThat(sameHeading.evidence()).anySatisfy(e -> assertThat(e).contains("same heading 8517"));
  }

  @Test
  void classify_wellFormedCodeNotInHs2022_halfConfidenceWithTheOlderEdition() {
    Classification r = GOODS.classify(null, "8525.80");
    assertThat(r.confidence()).isEqualTo(0.5);
    assertThat(r.method()).isEqualTo(Method.DECLARED);
    assertThat(r.evidence().get(0))
        .contains("8525.80 is not in HS 2022; in HS 2017")
        .contains("8525.89");
    Classification unknown = GOODS.classify(null, "8599.10");
    assertThat(unknown.confidence()).isEqualTo(0.5);
    assertThat(unknown.evidence().get(0)).contains("8599.10 is not in HS 2022");
  }

  @Test
  void classify_nomenclatureFallback_isUnderReviewAndNamesTheSharedWords() {
    Classification r = GOODS.classify("woven fabrics of flax, unbleached", null);
    assertThat(r.method()).isIn(Method.LEXICON, Method.NOMENCLATURE);
    Classification f = GOODS.classify("sodium perchlorate", null);
    assertThat(f.method()).isEqualTo(Method.NOMENCLATURE);
    assertThat(f.hs().chapter()).isEqualTo(HsCode.parse("28"));
    assertThat(f.confidence()).isBetween(0.1, 0.4);
    assertThat(f.needsReview()).isTrue();
    assertThat(f.evidence()).anySatisfy(e -> assertThat(e).contains("perchlorate"));
  }

  @Test
  void classify_categories_areAlwaysMarkedUnconfirmed() {
    for (String d :
        List.of("digital camera", "frozen beef", "porcelain tableware", "yacht", "gold watch")) {
      Classification r = GOODS.classify(d, null);
      assertThat(r.categories()).as(d).isNotEmpty();
      assertThat(r.unconfirmed()).as(d).isTrue();
      assertThat(r.evidence())
          .as(d)
          .anySatisfy(e -> assertThat(e).startsWith("category ").contains("UNCONFIRMED"));
    }
    assertThat(GOODS.classify("desktop computer", null).categories()).isEmpty();
  }

  @Test
  void classify_underReviewBelow_saysScreeningMustReview() {
    assertThat(GoodsClassifier.REVIEW_BELOW).isEqualTo(0.6);
    Classification low = GOODS.classify("Casio electronic dictionary", null);
    assertThat(low.needsReview()).isTrue();
    assertThat(low.evidence()).last().asString().contains("REVIEW");
    Classification high = GOODS.classify("Toshiba notebook PC", null);
    assertThat(high.needsReview()).isFalse();
    assertThat(high.evidence()).noneSatisfy(e -> assertThat(e).contains("REVIEW"));
  }

  @Test
  void classify_wordAliasBrands_onlyWithManufacturedGoodsOrCapitalised() {
    assertThat(GOODS.classify("Brother sewing machine", null).brand()).isEqualTo("Brother");
    assertThat(GOODS.classify("my brother's rice, 20 bags", null).brand()).isNull();
    assertThat(GOODS.classify("兄弟 缝纫机", null).brand()).isEqualTo("Brother");
    assertThat(GOODS.classify("苹果 10吨", null).brand()).isNull();
    assertThat(GOODS.classify("Seiko Epson printer", null).brand()).isEqualTo("Epson");
  }

  @Test
  void classify_fromManyThreads_givesTheSameResults() throws Exception {
    List<String> descriptions =
        List.of(
            "Toshiba notebook PC",
            "ソニー デジタルカメラ",
            "삼성 노트북",
            "索尼 MP4播放器",
            "unwrought aluminium alloys",
            "laptop parts");
    List<Classification> expected = new ArrayList<>();
    for (String d : descriptions) {
      expected.add(GOODS.classify(d, null));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    int k = i % descriptions.size();
                    if (!GOODS.classify(descriptions.get(k), null).equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
