package org.kenmon.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kenmon.problems.Problem;

class BrandLexiconTest {
  private static final BrandLexicon BRANDS = BrandLexicon.shipped();

  private static final Map<String, String> REQUIRED =
      Map.ofEntries(
          Map.entry("Sony", "JP"),
          Map.entry("Sharp", "JP"),
          Map.entry("Panasonic", "JP"),
          Map.entry("Canon", "JP"),
          Map.entry("Toshiba", "JP"),
          Map.entry("Casio", "JP"),
          Map.entry("Nikon", "JP"),
          Map.entry("Fujitsu", "JP"),
          Map.entry("NEC", "JP"),
          Map.entry("Hitachi", "JP"),
          Map.entry("Olympus", "JP"),
          Map.entry("Pioneer", "JP"),
          Map.entry("JVC", "JP"),
          Map.entry("Kenwood", "JP"),
          Map.entry("Seiko", "JP"),
          Map.entry("Citizen", "JP"),
          Map.entry("Yamaha", "JP"),
          Map.entry("Brother", "JP"),
          Map.entry("Epson", "JP"),
          Map.entry("Ricoh", "JP"),
          Map.entry("Nintendo", "JP"),
          Map.entry("Samsung", "KR"),
          Map.entry("LG", "KR"),
          Map.entry("Lenovo", "CN"),
          Map.entry("Huawei", "CN"),
          Map.entry("Xiaomi", "CN"),
          Map.entry("Haier", "CN"),
          Map.entry("Hisense", "CN"),
          Map.entry("TCL", "CN"),
          Map.entry("Apple", "US"),
          Map.entry("Dell", "US"),
          Map.entry("HP", "US"),
          Map.entry("Philips", "NL"),
          Map.entry("Siemens", "DE"),
          Map.entry("Bosch", "DE"),
          Map.entry("Nokia", "FI"));

  @Test
  void shipped_hasEveryRequiredBrandWithCountryAndSource() {
    for (Map.Entry<String, String> e : REQUIRED.entrySet()) {
      Brand b =
          BRANDS.byName(e.getKey()).orElseThrow(() -> new AssertionError("missing " + e.getKey()));
      assertThat(b.name()).isEqualTo(e.getKey());
      assertThat(b.country()).as(b.name()).isEqualTo(e.getValue());
      assertThat(b.source()).as(b.name()).startsWith("https://en.wikipedia.org/wiki/");
    }
  }

  @Test
  void shipped_everyBrandButTclHasAnAliasInACjkScript() {
    for (Brand b : BRANDS.brands()) {
      boolean cjk =
          b.aliases().stream().anyMatch(a -> a.chars().anyMatch(c -> GoodsText.isCjk((char) c)));
      assertThat(cjk).as(b.name()).isEqualTo(!b.name().equals("TCL"));
    }
  }

  @Test
  void byName_findsTheBrandInEveryScript() {
    for (String name : List.of("TOSHIBA", "toshiba", "東芝", "东芝", "도시바")) {
      assertThat(BRANDS.byName(name)).as(name).get().extracting(Brand::name).isEqualTo("Toshiba");
    }
    for (String name : List.of("キヤノン", "キャノン", "캐논", "佳能")) {
      assertThat(BRANDS.byName(name)).as(name).get().extracting(Brand::name).isEqualTo("Canon");
    }
    assertThat(BRANDS.byName("華為")).get().extracting(Brand::name).isEqualTo("Huawei");
    assertThat(BRANDS.byName("Walkman")).isEmpty();
  }

  @Test
  void find_respectsWordBoundariesInEachScript() {
    assertThat(found("モデル番号")).isEmpty();
    assertThat(found("デル ノートパソコン")).containsExactly("Dell");
    assertThat(found("Sonya Smith")).isEmpty();
    assertThat(found("LGA 1151 socket")).isEmpty();
    assertThat(found("LG-TV")).containsExactly("LG");
    assertThat(found("삼성전자")).containsExactly("Samsung");
    assertThat(found("ﾄｳｼﾊﾞ東芝")).containsExactly("Toshiba");
    assertThat(found("セイコーエプソン")).containsExactly("Epson");
  }

  private static List<String> found(String text) {
    TermAutomaton.Hits hits = BRANDS.find(GoodsText.of(text));
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < hits.size; i++) {
      names.add(BRANDS.brandOf(hits.term[i]).name());
    }
    return names;
  }

  @Test
  void read_badRows_failLoudlyNamingFileLineAndField() {
    assertThatThrownBy(
            () -> BrandLexicon.read("bad-brands.csv", GoodsFixtures.open("bad-brands.csv")))
        .isInstanceOf(GoodsDataException.class)
        .satisfies(
            e ->
                assertThat(((GoodsDataException) e).problems())
                    .extracting(Problem::file, Problem::line, Problem::field)
                    .containsExactlyInAnyOrder(
                        tuple("bad-brands.csv", 3, "country"),
                        tuple("bad-brands.csv", 4, "source"),
                        tuple("bad-brands.csv", 5, "aliases"),
                        tuple("bad-brands.csv", 6, "aliases"),
                        tuple("bad-brands.csv", 7, "word_aliases")))
        .hasMessageContaining("alias \"ソニー\" already belongs to the brand on line 2");
  }
}
