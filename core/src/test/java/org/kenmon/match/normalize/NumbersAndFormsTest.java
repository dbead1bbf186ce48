package org.kenmon.match.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in words, initialisms, long legal forms and name particles, as normalization writes them. */
class NumbersAndFormsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Brigade Forty-Four | brigade 44",
      "Brigade forty 4 | brigade 44",
      "Brigade Twenty | brigade 20",
      "1st International Bank | 1 international bank",
      "First International Bank | 1 international bank",
      "Fund VIII | fund 8",
      "Fund IX | fund 9",
      "Xi Jinping | xi jinping",
      "Vi Trading | vi trading",
      "King Louis I | king louis i"})
  void normalize_numbers_becomeDigits(String input, String expected) {
    assertThat(NameNormalizer.normalize(input).text()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "U.S.A. Trading | usa trading",
      "A.B.C. Holdings p.l.c. | abc holdings plc",
      "V. Putin | v putin",
      "Mueller G.m.b.H. | mueller gmbh",
      "Mueller Gesellschaft mit beschränkter Haftung | mueller gmbh",
      "Acme Limited Liability Company | acme llc",
      "Toyota Kabushiki Kaisha | toyota kk",
      "Sibir Otkrytoe Aktsionernoe Obshchestvo | sibir ojsc",
      "Sibir OAO | sibir ojsc"})
  void normalize_initialismsAndLongLegalForms(String input, String expected) {
    assertThat(NameNormalizer.normalize(input).text()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Abd el Aziz | Abd al Aziz",
      "Abd ul Aziz | Abd al Aziz",
      "Khalid ben Ali | Khalid bin Ali",
      "Khalid ibn Ali | Khalid bin Ali"})
  void normalize_particleSpellings_meet(String a, String b) {
    NormalizedName x = NameNormalizer.normalize(a);
    NormalizedName y = NameNormalizer.normalize(b);
    assertThat(x.text()).isEqualTo(y.text());
    assertThat(x.kinds()[1]).isEqualTo(TokenKind.PARTICLE);
  }
}
