package org.kenmon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenmon.lists.csv.CsvListReader;
import org.kenmon.lists.ftm.FtmListReader;
import org.kenmon.lists.ofac.OfacListReader;
import org.kenmon.lists.un.UnListReader;

class ListFormatTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"un-xml, UN_XML, false", "ofac-csv, OFAC_CSV, true", "ftm, FTM, true", "csv, CSV, true",
      "UN-XML, UN_XML, false"})
  void parse_code_givesFormat(String code, ListFormat format, boolean needsAsOf) {
    assertThat(ListFormat.parse(code)).isSameAs(format);
    assertThat(format.needsAsOf()).isEqualTo(needsAsOf);
  }

  @Test
  void parse_unknownCode_listsTheKnownOnes() {
    assertThatThrownBy(() -> ListFormat.parse("eu-xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"eu-xml\" is not a list format (un-xml, ofac-csv, ftm, csv)");
  }

  @Test
  void reader_eachFormat_givesItsReader() {
    assertThat(ListFormat.UN_XML.reader()).isInstanceOf(UnListReader.class);
    assertThat(ListFormat.OFAC_CSV.reader()).isInstanceOf(OfacListReader.class);
    assertThat(ListFormat.FTM.reader()).isInstanceOf(FtmListReader.class);
    assertThat(ListFormat.CSV.reader()).isInstanceOf(CsvListReader.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"jp-mof.csv, jp-mof", "JP MOF list.csv, jp-mof-list", "entities.ftm.json, entities",
      "__x.csv, x", "!!!.csv, list"})
  void listIdFromFileName_fileName_givesValidId(String file, String id) {
    assertThat(ListInput.of(java.nio.file.Path.of(file)).listIdFromFileName()).isEqualTo(id);
    assertThat(ListInput.isListId(id)).isTrue();
  }

  @Test
  void withListId_invalidId_isRefused() {
    assertThatThrownBy(() -> ListInput.of(java.nio.file.Path.of("x.csv")).withListId("JP MOF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"JP MOF\" is not a list id");
  }
}
