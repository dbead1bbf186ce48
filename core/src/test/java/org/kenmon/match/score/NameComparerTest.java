package org.kenmon.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameComparerTest {

  private static double score(String q, String c) {
    return NameComparer.score(PreparedName.of(q, TokenWeights.UNIFORM), PreparedName.of(c, TokenWeights.UNIFORM));
  }

  /** Variants of listed DPRK names seen on the UN and OFAC lists (fact sheet §6.1). */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', value = {
      "KIM TONG MY'ONG | Kim Tong-Myong",
      "KIM TONG MY'ONG | Gim Dong-myeong",
      "KIM TONG MY'ONG | 김동명",
      "CH'OE SO'K MIN | Choe Sok Min",
      "RI U'N SO'NG | Ri Eun Song",
      "RI U'N SO'NG | Lee Eun Song",
      "CHU HYO'K | Ju Hyok",
      "CHANG MYONG-CHIN | Jang Myong-Jin",
      "HAN JANG SU | Chang-Su Han",
      "Pak Il Kyu | Pak Il-Gyu",
      "KIM YONG CHOL | Kim Young-Cheol",
      "KIM YONG CHOL | Yongchol Kim",
      "Xi Jinping | Hsi Chin-ping",
      "Korea Tonghae Shipping Co., Ltd. | KOREA TONGHAE SHIPPING COMPANY"})
  void score_romanizationVariants_scoreHigh(String list, String query) {
    assertThat(score(query, list)).as(query + " vs " + list).isGreaterThanOrEqualTo(0.85);
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource(delimiter = '|', value = {
      "PAK YONG-CHUN | PAK IL KYU",
      "CHO HYO'K SAN | CHO CHUN RYONG",
      "Sergey Ivanov | Sergey Viktorovich LAVROV",
      "WALIJAN ABDUL GHAFOOR HAQQANI | WALIJAN",
      "Goldman Sachs Trust 2004 | Goldman Sachs Trust 2005",
      "Octavian Scholz | Olaf Scholz"})
  void score_differentPeople_scoreLow(String a, String b) {
    assertThat(score(a, b)).as(a + " vs " + b).isLessThan(0.75);
  }

  @Test
  void compare_explainsEachPair() {
    NameComparison c = NameComparer.compare(PreparedName.of("Gim Dong-myeong", TokenWeights.UNIFORM),
        PreparedName.of("KIM TONG MY'ONG", TokenWeights.UNIFORM));
    assertThat(c.matches()).extracting(TokenMatch::how).containsExactly("KOREAN", "KOREAN", "KOREAN");
    assertThat(c.explain()).contains("gim ~ kim (korean 0.95)", "dong ~ tong (korean");
    assertThat(c.unmatchedQuery()).isEmpty();
  }

  @Test
  void compare_joinedGivenName_isAlignedAsOne() {
    NameComparison c = NameComparer.compare(PreparedName.of("Yongchol Kim", TokenWeights.UNIFORM),
        PreparedName.of("KIM YONG CHOL", TokenWeights.UNIFORM));
    assertThat(c.matches()).anySatisfy(m -> {
      assertThat(m.query()).isEqualTo("yongchol");
      assertThat(m.list()).isEqualTo("yong chol");
      assertThat(m.how()).isEqualTo("EXACT+JOINED");
    });
    assertThat(c.score()).isEqualTo(1.0);
  }

  @Test
  void score_isOrderInsensitive() {
    assertThat(score("Han Jang Su", "Jang Su Han")).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', value = {
      "Mohammed Rashid | Muhammad Rasheed",
      "Bashar al-Assad | Bashar el Asasd",
      "Brigade Forty-Four | Brigade 44",
      "First Eastern Bank | 1st Eastern Bank",
      "Acme Trading Limited Liability Company | ACME TRADING LLC"})
  void score_spellingTyposNumbersAndLegalPhrases_scoreHigh(String list, String query) {
    assertThat(score(query, list)).as(query + " vs " + list).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void score_conflictingNumbers_scoreBelowOneSidedOnes() {
    double conflict = score("Fund VIII", "Fund IX");
    double oneSided = score("Fund VIII", "Fund");
    assertThat(conflict).isLessThan(0.75);
    assertThat(oneSided).isGreaterThan(conflict).isLessThan(1.0);
  }

  @Test
  void score_westernNameReordered_isHighButNotExact() {
    double reordered = score("John Smith", "Smith John");
    assertThat(reordered).isGreaterThan(0.85).isLessThan(1.0);
    assertThat(score("Kim Yong Chol", "Yong Chol Kim")).as("East Asian order varies freely").isEqualTo(1.0);
  }

  @Test
  void score_differentLegalForms_costALittle() {
    double same = score("Acme Trading Inc", "Acme Trading Inc");
    double other = score("Acme Trading Inc", "Acme Trading GmbH");
    assertThat(other).isLessThan(same).isGreaterThan(0.85);
  }

  @Test
  void score_sameScriptNames_areComparedInTheirOwnScript() {
    assertThat(score("金正恩", "金正恩")).isEqualTo(1.0);
    assertThat(score("김정은", "김정일")).isLessThan(0.78);
  }
}
