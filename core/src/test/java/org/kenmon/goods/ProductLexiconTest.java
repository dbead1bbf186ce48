package org.kenmon.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kenmon.hs.HsCode;
import org.kenmon.problems.Problem;
import org.kenmon.regime.GoodsCategory;
import org.kenmon.regime.Regime;
import org.kenmon.regime.yaml.RegimeLoader;

class ProductLexiconTest {
  private static final HsNomenclature HS = HsNomenclature.shipped();
  private static final ProductLexicon LEXICON = ProductLexicon.shipped(HS);

  private static ProductLexicon.Concept concept(String id) {
    return LEXICON.concepts.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no concept " + id));
  }

  private static Set<String> languagesOf(String id) {
    return LEXICON.rows.stream()
        .filter(t -> t.concept().id().equals(id))
        .map(ProductLexicon.Term::lang)
        .collect(Collectors.toSet());
  }

  @Test
  void shipped_everyCodeIsInHs2022() {
    assertThat(LEXICON.concepts).hasSizeGreaterThan(150);
    for (ProductLexicon.Concept c : LEXICON.concepts) {
      assertThat(c.hs())
          .as(c.id())
          .isNotEmpty()
          .allSatisfy(
              code -> {
                assertThat(HS.exists(code)).as(c.id() + " " + code).isTrue();
                assertThat(code.level()).as(c.id() + " " + code).isLessThanOrEqualTo(6);
              });
    }
  }

  @Test
  void shipped_storyGoodsHaveTermsInAllFourLanguages() {
    for (String id :
        List.of(
            "laptop",
            "computer",
            "tablet",
            "digital-camera",
            "mp3-player",
            "mp4-player",
            "electronic-dictionary",
            "colour-tv",
            "smartphone",
            "mobile-phone",
            "usb-flash-drive",
            "memory-card",
            "dvd-player")) {
      assertThat(languagesOf(id)).as(id).containsExactlyInAnyOrder("en", "ja", "ko", "zh");
    }
  }

  @Test
  void shipped_luxuryAndSectoralGoodsAreCovered() {
    for (String id :
        List.of(
            "beef",
            "tuna-fillet",
            "caviar",
            "alcoholic-beverages",
            "wine",
            "whisky",
            "tobacco",
            "cigarettes",
            "perfume",
            "cosmetics",
            "leather-bag",
            "fur-articles",
            "carpet",
            "crystal-glass",
            "precious-stone",
            "diamond",
            "gold",
            "precious-metal",
            "jewellery",
            "wrist-watch",
            "musical-instrument",
            "fountain-pen",
            "passenger-car",
            "motorcycle",
            "yacht",
            "works-of-art",
            "antique",
            "tapestry",
            "porcelain-tableware",
            "snowmobile",
            "sports-equipment",
            "coal",
            "iron-ore",
            "seafood",
            "textiles",
            "crude-oil",
            "refined-petroleum",
            "machinery",
            "ship")) {
      assertThat(languagesOf(id)).as(id).containsExactlyInAnyOrder("en", "ja", "ko", "zh");
    }
  }

  @Test
  void shipped_storyCodesMatchTheFactSheet() {
    Map<String, String> factSheet =
        Map.of(
            "laptop",
            "8471.30",
            "mp3-player",
            "8519.81",
            "mp4-player",
            "8521.90",
            "digital-camera",
            "8525.89",
            "electronic-dictionary",
            "8543.70",
            "colour-tv",
            "8528.72",
            "smartphone",
            "8517.13",
            "feature-phone",
            "8517.14");
    factSheet.forEach(
        (id, code) -> assertThat(concept(id).primary()).as(id).isEqualTo(HsCode.parse(code)));
  }

  @Test
  void shipped_judgementCallsHaveLowConfidenceAndAreUnconfirmed() {
    for (String id : List.of("electronic-dictionary", "mp4-player")) {
      assertThat(concept(id).unconfirmed()).as(id).isTrue();
      assertThat(LEXICON.rows.stream().filter(t -> t.concept().id().equals(id)))
          .as(id)
          .allSatisfy(t -> assertThat(t.confidence()).isLessThanOrEqualTo(0.6));
    }
    assertThat(concept("electronic-dictionary").hs())
        .extracting(HsCode::toString)
        .containsExactly("8543.70", "8470.10", "8471.30");
    assertThat(concept("laptop").unconfirmed()).isFalse();
  }

  @Test
  void categories_quoteTheShippedRegimeItemsVerbatim() {
    Map<String, GoodsCategory> categories = new HashMap<>();
    for (Regime r : RegimeLoader.loadShipped().regimesOrThrow()) {
      categories.putAll(r.categories());
    }
    int links = 0;
    for (ProductLexicon.Concept c : LEXICON.concepts) {
      for (ProductLexicon.CategoryLink link : c.categories()) {
        GoodsCategory cat = categories.get(link.category());
        assertThat(cat).as(link.category()).isNotNull();
        assertThat(cat.items()).as(c.id() + " -> " + link.category()).contains(link.item());
        links++;
      }
    }
    assertThat(links).isGreaterThan(100);
    for (String id : ProductLexicon.CATEGORIES) {
      assertThat(
              LEXICON.concepts.stream()
                  .flatMap(c -> c.categories().stream())
                  .anyMatch(l -> l.category().equals(id)))
          .as(id)
          .isTrue();
    }
  }

  @Test
  void shipped_termsPerLanguage() {
    Map<String, Long> perLanguage =
        new TreeMap<>(
            LEXICON.rows.stream()
                .collect(Collectors.groupingBy(ProductLexicon.Term::lang, Collectors.counting())));
    assertThat(perLanguage.keySet()).containsExactly("en", "ja", "ko", "zh");
    assertThat(perLanguage.values()).allSatisfy(n -> assertThat(n).isGreaterThan(250));
  }

  @Test
  void read_badProductRows_failLoudlyNamingFileLineAndField() {
    assertThatThrownBy(
            () ->
                ProductLexicon.read(
                    HS,
                    "bad-products.csv",
                    GoodsFixtures.open("bad-products.csv"),
                    "good-categories.csv",
                    GoodsFixtures.open("good-categories.csv"),
                    "good-qualifiers.csv",
                    GoodsFixtures.open("good-qualifiers.csv")))
        .isInstanceOf(GoodsDataException.class)
        .satisfies(
            e ->
                assertThat(((GoodsDataException) e).problems())
                    .extracting(Problem::file, Problem::line, Problem::field)
                    .containsExactlyInAnyOrder(
                        tuple("bad-products.csv", 3, "term"),
                        tuple("bad-products.csv", 4, "lang"),
                        tuple("bad-products.csv", 5, "hs"),
                        tuple("bad-products.csv", 6, "hs"),
                        tuple("bad-products.csv", 7, "confidence"),
                        tuple("bad-products.csv", 8, "hs"),
                        tuple("bad-products.csv", 9, "term"),
                        tuple("bad-products.csv", 10, "hs"),
                        tuple("bad-products.csv", 11, "status")))
        .hasMessageContaining("bad-products.csv:6: error: hs: \"999999\" is not in HS 2022");
  }

  @Test
  void read_badCategoryAndQualifierRows_failLoudlyNamingFileLineAndField() {
    assertThatThrownBy(
            () ->
                ProductLexicon.read(
                    HS,
                    "good-products.csv",
                    GoodsFixtures.open("good-products.csv"),
                    "bad-categories.csv",
                    GoodsFixtures.open("bad-categories.csv"),
                    "bad-qualifiers.csv",
                    GoodsFixtures.open("bad-qualifiers.csv")))
        .isInstanceOf(GoodsDataException.class)
        .satisfies(
            e ->
                assertThat(((GoodsDataException) e).problems())
                    .extracting(Problem::file, Problem::line, Problem::field)
                    .containsExactlyInAnyOrder(
                        tuple("bad-categories.csv", 3, "concept"),
                        tuple("bad-categories.csv", 4, "category"),
                        tuple("bad-categories.csv", 5, "item"),
                        tuple("bad-qualifiers.csv", 3, "term"),
                        tuple("bad-qualifiers.csv", 4, "kind"),
                        tuple("bad-qualifiers.csv", 5, "lang")));
  }

  @Test
  void conceptsContaining_mapsADeclaredCodeBackToConcepts() {
    assertThat(LEXICON.conceptsContaining(HsCode.parse("8703.23")))
        .extracting(ProductLexicon.Concept::id)
        .contains("passenger-car", "racing-car");
    assertThat(LEXICON.conceptsContaining(HsCode.parse("0203.11"))).isEmpty();
  }
}
