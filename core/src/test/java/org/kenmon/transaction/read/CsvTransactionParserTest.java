package org.kenmon.transaction.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kenmon.transaction.Transaction;

class CsvTransactionParserTest {

  @Test
  void parse_flatRow_becomesTheSameTransactionAsJson() {
    CsvTransactionParser csv = CsvTransactionParser.forHeader(
        "id,date,type,exporter,exporter_country,consignee,consignee_country,description,hs,value,goods_currency,route,destination");
    ReadOutcome r = csv.parse("in.csv", 2, "S-1,2014-07-05,shipment,\"Kanto Co., Ltd.\",JP,Dandong Trade,CN,"
        + "Toshiba notebook PC,847130,24000,USD,Yokohama;Dalian;Dandong;Sinuiju,KP");
    assertThat(r.isRejected()).as(String.valueOf(r.reject())).isFalse();
    Transaction t = r.transaction();
    assertThat(t.parties()).extracting(p -> p.role() + ":" + p.name() + ":" + p.country())
        .containsExactlyInAnyOrder("exporter:Kanto Co., Ltd.:JP", "consignee:Dandong Trade:CN");
    assertThat(t.route()).containsExactly("Yokohama", "Dalian", "Dandong", "Sinuiju");
    assertThat(t.goods().get(0).hs().digits()).isEqualTo("847130");
    assertThat(t.goods().get(0).currency()).isEqualTo("USD");
  }

  @Test
  void parse_badValue_isRejectedWithTheSameFieldNames() {
    CsvTransactionParser csv = CsvTransactionParser.forHeader("id,date,type,amount,currency,payee,payee_country");
    Reject r = csv.parse("in.csv", 3, "P-1,2014-07-05,payment,-3,JPY,Kim,KP").reject();
    assertThat(r.problems()).extracting(Reject.FieldProblem::field).containsExactly("amount");
    assertThat(r.line()).isEqualTo(3);
  }

  @Test
  void parse_wrongFieldCount_isRejected() {
    CsvTransactionParser csv = CsvTransactionParser.forHeader("id,date,type");
    assertThat(csv.parse("in.csv", 4, "a,b").reject().problems().get(0).message())
        .contains("2 fields, the header has 3");
  }

  @Test
  void forHeader_unknownColumns_areNamed() {
    assertThatThrownBy(() -> CsvTransactionParser.forHeader("id,date,type,destinaton,colour"))
        .hasMessageContaining("destinaton").hasMessageContaining("colour");
    assertThatThrownBy(() -> CsvTransactionParser.forHeader("id,type")).hasMessageContaining("date");
  }

  @Test
  void parse_vesselCalls() {
    CsvTransactionParser csv = CsvTransactionParser.forHeader("id,date,type,port,vessel_name,vessel_flag,previous_ports");
    Transaction t = csv.parse("in.csv", 2, "V-1,2016-03-01,port_call,Maizuru,Ocean Star,SL,Nampo@2016-02-20;Dalian")
        .transaction();
    assertThat(t.vessel().previousPorts()).extracting(v -> v.port() + "@" + v.date())
        .containsExactly("Nampo@2016-02-20", "Dalian@null");
  }
}
