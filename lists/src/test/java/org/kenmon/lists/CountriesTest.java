package org.kenmon.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // as the UN, OFAC, the EU and the UK spell them
      "Korea, North | KP",
      "North Korea | KP",
      "Democratic People's Republic of Korea | KP",
      "Democratic People’s Republic of Korea | KP",
      "Korea, Democratic People's Republic of | KP",
      "DPRK | KP",
      "Republic of Korea | KR",
      "Korea, South | KR",
      "Russian Federation | RU",
      "Russia | RU",
      "Iran (Islamic Republic of) | IR",
      "Iran | IR",
      "Syrian Arab Republic | SY",
      "Viet Nam | VN",
      "Vietnam | VN",
      "Democratic Republic of the Congo | CD",
      "Congo, Democratic Republic of the | CD",
      "Congo | CG",
      "United Kingdom of Great Britain and Northern Ireland | GB",
      "United States of America | US",
      "United Republic of Tanzania | TZ",
      "State of Palestine | PS",
      "Türkiye | TR",
      "Turkey | TR",
      "Burma | MM",
      "Myanmar | MM",
      "China, Hong Kong Special Administrative Region | HK",
      "Macedonia, The Former Yugoslav Republic of | MK",
      "Bosnia and Herzegovina | BA",
      "Trinidad and Tobago | TT",
      "Saint Kitts and Nevis | KN",
      "Cabo Verde | CV",
      "The Gambia | GM",
      "Cote d'Ivoire | CI",
      "Côte d’Ivoire | CI",
      "Kosovo | XK",
      "British Virgin Islands | VG",
      "Bolivia (Plurinational State of) | BO",
      "Lao People's Democratic Republic | LA",
      // case, spaces and punctuation do not matter
      "  japan | JP",
      "AFGHANISTAN | AF",
      "Guinea-Bissau | GW",
  })
  void byName_listSpellings_mapToIso(String name, String code) {
    assertThat(Countries.byName(name)).contains(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"na", "former Soviet Union", "possibly Palestinian", "Korea", "Atlantis", "", " "})
  void byName_notACountry_isEmpty(String name) {
    assertThat(Countries.byName(name)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"kp, KP", "KP, KP", " de , DE", "xk, XK"})
  void byCode_isoCodesInAnyCase_areUpperCased(String code, String iso) {
    assertThat(Countries.byCode(code)).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZZ", "KPR", "suhh", "Japan", ""})
  void byCode_notACode_isEmpty(String code) {
    assertThat(Countries.byCode(code)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"KP, North Korea", "XK, Kosovo"})
  void nameOf_code_givesEnglishName(String code, String name) {
    assertThat(Countries.nameOf(code)).isEqualTo(name);
  }
}
