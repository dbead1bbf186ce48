package org.kenmon.lists.remarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImoTest {

  @ParameterizedTest(name = "{0}: ship {1}, company {2}")
  @CsvSource({
      // ship numbers of OFAC vessels (2021 SDN set) and the textbook example
      "9074729, true, false",
      "8914934, true, false",
      "9187629, true, false",
      "8660313, true, false",
      // company numbers of UN entities (2026-02-27): the ship check digit fails, the company one holds
      "5342883, false, true",
      "5571322, false, true",
      "5434358, false, true",
      // KPe.020, Ocean Maritime Management: valid in both schemes
      "1790183, true, true",
      // one digit off
      "9074728, false, false",
      "5342884, false, false",
      // not seven digits
      "907472, false, false",
      "90747290, false, false",
      "907472X, false, false",
  })
  void checkDigits_knownNumbers(String number, boolean ship, boolean company) {
    assertThat(Imo.isShipNumber(number)).isEqualTo(ship);
    assertThat(Imo.isCompanyNumber(number)).isEqualTo(company);
  }
}
