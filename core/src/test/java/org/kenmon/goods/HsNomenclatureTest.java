package org.kenmon.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.kenmon.hs.HsCode;
import org.kenmon.problems.Problem;

class HsNomenclatureTest {
  private static final HsNomenclature HS = HsNomenclature.shipped();

  private static HsCode hs(String code) {
    return HsCode.parse(code);
  }

  @Test
  void shipped_isTheWholeHs2022Table() {
    // 96 chapters (77 is reserved), without UN Comtrade's pseudo-codes 99/9999/999999
    assertThat(HS.size()).isEqualTo(96 + 1228 + 5612);
    assertThat(HsNomenclature.shipped()).isSameAs(HS);
    assertThat(HS.subheadings()).hasSize(5612);
    assertThat(HS.exists(hs("9999.99"))).isFalse();
  }

  @Test
  void shippedResource_isTheFileThatProvenanceNames() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (InputStream in =
        new GZIPInputStream(
            getClass()
                .getClassLoader()
                .getResourceAsStream(
                    HsNomenclature.RESOURCE_DIR + HsNomenclature.NOMENCLATURE_FILE))) {
      sha.update(in.readAllBytes());
    }
    assertThat(HexFormat.of().formatHex(sha.digest()))
        .isEqualTo("e77ee9e1cfd15a42d1fadeb2c0618d10f6b9ed9aec0e5d66826dc7ef9d3126a5");
  }

  @Test
  void exists_codesOfEveryLevelAndNationalLines() {
    assertThat(HS.exists(hs("85"))).isTrue();
    assertThat(HS.exists(hs("8471"))).isTrue();
    assertThat(HS.exists(hs("8471.30"))).isTrue();
    assertThat(HS.exists(hs("8471.30.01"))).isTrue();
    assertThat(HS.exists(hs("8471.30.0100"))).isTrue();
    assertThat(HS.exists(hs("8517.13"))).isTrue();
    assertThat(HS.exists(hs("8525.80"))).isFalse();
    assertThat(HS.exists(hs("8525.80.10"))).isFalse();
    assertThat(HS.exists(hs("77"))).isFalse();
  }

  @Test
  void description_ofCodeOrOfTheSubheadingOfANationalLine() {
    assertThat(HS.description(hs("8471.30")))
        .get()
        .asString()
        .startsWith("Automatic data processing machines; portable");
    assertThat(HS.description(hs("8471.30.0100"))).isEqualTo(HS.description(hs("8471.30")));
    assertThat(HS.description(hs("01"))).contains("Animals; live");
    assertThat(HS.description(hs("8525.80"))).isEmpty();
  }

  @Test
  void chapterOf_returnsTheChapterOrRejectsUnknownChapters() {
    assertThat(HS.chapterOf(hs("8471.30.0100"))).isEqualTo(hs("84"));
    assertThat(HS.chapterOf(hs("0101"))).isEqualTo(hs("01"));
    assertThatThrownBy(() -> HS.chapterOf(hs("7701")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("77")
        .hasMessageContaining("7701");
    assertThatThrownBy(() -> HS.chapterOf(hs("9903.88")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void absenceReason_explainsThe2022Splits() {
    assertThat(HS.absenceReason(hs("8525.80")))
        .get()
        .asString()
        .startsWith(
            "8525.80 is not in HS 2022; in HS 2017 (also 2007, 2012) 8525.80 was the code for")
        .contains("digital cameras")
        .contains("8525.81, 8525.82, 8525.83, 8525.89");
    assertThat(HS.absenceReason(hs("8517.12.00")))
        .get()
        .asString()
        .contains("in HS 2017")
        .contains("8517.13, 8517.14");
    assertThat(HS.absenceReason(hs("8525.40")))
        .get()
        .asString()
        .contains("in HS 2002")
        .contains("UNCONFIRMED");
    assertThat(HS.absenceReason(hs("8471.30"))).isEmpty();
    assertThat(HS.absenceReason(hs("8599.10")))
        .get()
        .asString()
        .isEqualTo("8599.10 is not in HS 2022 (no such subheading)");
    assertThat(HS.absenceReason(hs("0303.00"))).get().asString().contains("heading 0303 exists");
  }

  @Test
  void formerCode_successorsAreAllInHs2022() {
    for (String old :
        new String[] {
          "852580", "851712", "852540", "852812", "852520", "851999", "852090", "852390", "854389",
          "8520"
        }) {
      HsNomenclature.FormerCode f = HS.formerCode(hs(old)).orElseThrow();
      assertThat(HS.exists(f.code())).as(old).isFalse();
      assertThat(f.successors()).as(old).isNotEmpty().allMatch(HS::exists);
    }
    assertThat(HS.formerCode(hs("852580")).orElseThrow().unconfirmed()).isFalse();
    assertThat(HS.formerCode(hs("852540")).orElseThrow().unconfirmed()).isTrue();
  }

  @Test
  void read_badRows_failLoudlyNamingFileLineAndField() {
    assertThatThrownBy(
            () ->
                HsNomenclature.read(
                    "bad-nomenclature.csv", GoodsFixtures.open("bad-nomenclature.csv"), null, null))
        .isInstanceOf(GoodsDataException.class)
        .satisfies(
            e ->
                assertThat(((GoodsDataException) e).problems())
                    .extracting(Problem::file, Problem::line, Problem::field)
                    .contains(
                        tuple("bad-nomenclature.csv", 5, "hscode"),
                        tuple("bad-nomenclature.csv", 6, "description"),
                        tuple("bad-nomenclature.csv", 7, "parent"),
                        tuple("bad-nomenclature.csv", 8, "hscode"),
                        tuple("bad-nomenclature.csv", 9, "")))
        .hasMessageContaining("bad-nomenclature.csv:5: error: hscode: \"01012\"");
  }

  @Test
  void read_badFormerCodes_failLoudlyNamingFileLineAndField() {
    String good =
        "section,hscode,description,parent,level\nI,01,Animals,TOTAL,2\nI,0101,Horses,01,4\n"
            + "I,010121,Horses; breeding,0101,6\n";
    assertThatThrownBy(
            () ->
                HsNomenclature.read(
                    "hs.csv",
                    new java.io.ByteArrayInputStream(
                        good.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "bad-former-codes.csv",
                    GoodsFixtures.open("bad-former-codes.csv")))
        .isInstanceOf(GoodsDataException.class)
        .satisfies(
            e ->
                assertThat(((GoodsDataException) e).problems())
                    .extracting(Problem::line, Problem::field)
                    .containsExactlyInAnyOrder(
                        tuple(3, "code"),
                        tuple(4, "editions"),
                        tuple(5, "hs2022"),
                        tuple(5, "status")));
  }
}
