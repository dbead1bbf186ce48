package org.kenmon.transaction.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.TransactionType;

/** Every kind of bad record becomes one reject naming file, line and field; good ones parse whole. */
class JsonTransactionParserTest {
  private final JsonTransactionParser parser = new JsonTransactionParser();

  @Test
  void parse_fullShipment() {
    ReadOutcome r = parser.parse("in.jsonl", 1, "{\"id\": \"T-17\", \"date\": \"2014-07-05\", \"type\": \"shipment\","
        + " \"parties\": [{\"role\": \"exporter\", \"name\": \"A\", \"country\": \"jp\"}],"
        + " \"goods\": [{\"description\": \"Toshiba notebook PC\", \"hs\": \"847130\", \"quantity\": 20, \"value\": 24000,"
        + " \"currency\": \"USD\", \"origin\": \"JP\"}], \"route\": [\"Yokohama\", \"Dalian\"], \"destination\": \"KP\"}");
    assertThat(r.isRejected()).as(String.valueOf(r.reject())).isFalse();
    Transaction t = r.transaction();
    assertThat(t.type()).isEqualTo(TransactionType.SHIPMENT);
    assertThat(t.date()).isEqualTo(LocalDate.of(2014, 7, 5));
    assertThat(t.parties().get(0).country()).isEqualTo("JP");
    assertThat(t.goods().get(0).hs().digits()).isEqualTo("847130");
    assertThat(t.goods().get(0).value()).isEqualByComparingTo(new BigDecimal("24000"));
    assertThat(t.route()).containsExactly("Yokohama", "Dalian");
    assertThat(t.source()).isEqualTo("in.jsonl:1");
    assertThat(t.sha256()).hasSize(64);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed JSON | {\"id\": \"x\", | '' | malformed JSON",
      "not an object | [1, 2] | '' | expected a JSON object",
      "missing id | {\"date\": \"2014-07-05\", \"type\": \"cash\", \"amount\": 1, \"currency\": \"JPY\", \"destination\": \"KP\"} | id | required",
      "impossible date | {\"id\": \"a\", \"date\": \"2014-02-30\", \"type\": \"cash\", \"amount\": 1, \"currency\": \"JPY\", \"destination\": \"KP\"} | date | \"2014-02-30\" is not a date",
      "implausible date | {\"id\": \"a\", \"date\": \"1914-02-03\", \"type\": \"cash\", \"amount\": 1, \"currency\": \"JPY\", \"destination\": \"KP\"} | date | outside",
      "unknown type | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"barter\"} | type | unknown type \"barter\"",
      "negative amount | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"payment\", \"amount\": -5, \"currency\": \"JPY\"} | amount | must be positive",
      "unknown currency | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"payment\", \"amount\": 5, \"currency\": \"YEN\"} | currency | not an ISO 4217",
      "HS code of the wrong shape | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"shipment\", \"goods\": [{\"hs\": \"84713\"}], \"destination\": \"KP\"} | goods[0].hs | is not an HS code",
      "HS code as a number | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"shipment\", \"goods\": [{\"hs\": 847130}], \"destination\": \"KP\"} | goods[0].hs | as strings",
      "unknown field | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"shipment\", \"goods\": [{\"hs\": \"847130\"}], \"destinaton\": \"KP\"} | destinaton | unknown field",
      "bad country | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"entry\", \"country\": \"XX\"} | country | not an ISO 3166",
      "bad IMO check digit | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"port_call\", \"port\": \"Niigata\", \"vessel\": {\"imo\": \"9102238\"}} | vessel.imo | not a valid IMO",
      "value without currency | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"shipment\", \"goods\": [{\"description\": \"x\", \"value\": 5}], \"destination\": \"KP\"} | goods[0].currency | needs its currency",
      "shipment without goods | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"shipment\", \"destination\": \"KP\"} | goods | at least one goods line",
      "party without role | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"entry\", \"country\": \"JP\", \"parties\": [{\"name\": \"X\"}]} | parties[0].role | required",
      "bad rate | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"payment\", \"amount\": 5, \"currency\": \"USD\", \"rates\": {\"USD\": -1}} | rates.USD | positive",
      "amount overflowing a double | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"payment\", \"amount\": 1e400, \"currency\": \"JPY\"} | amount | absurdly large",
      "amount over the limit | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"payment\", \"amount\": 2000000000000000, \"currency\": \"JPY\"} | amount | over the limit",
      "goods value over the limit | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"shipment\", \"goods\": [{\"description\": \"x\", \"value\": 1e16, \"currency\": \"USD\"}], \"destination\": \"KP\"} | goods[0].value | over the limit",
      "empty goods list | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"shipment\", \"goods\": [], \"destination\": \"KP\"} | goods | at least one goods line",
      "shipment going nowhere | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"shipment\", \"goods\": [{\"hs\": \"847130\"}], \"destination\": null} | destination | a shipment needs a destination",
      "duplicate key | {\"id\": \"a\", \"id\": \"b\", \"date\": \"2014-07-05\", \"type\": \"entry\", \"country\": \"JP\"} | '' | Duplicate field 'id'",
      "amount as words | {\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"payment\", \"amount\": \"five\", \"currency\": \"JPY\"} | amount | is not a number"})
  void parse_badRecord_isRejectedWithField(String name, String json, String field, String message) {
    ReadOutcome r = parser.parse("bad.jsonl", 7, json);
    assertThat(r.isRejected()).as(name).isTrue();
    Reject reject = r.reject();
    assertThat(reject.file()).isEqualTo("bad.jsonl");
    assertThat(reject.line()).isEqualTo(7);
    assertThat(reject.problems()).as(name).anySatisfy(p -> {
      assertThat(p.field()).isEqualTo(field);
      assertThat(p.message()).contains(message);
    });
    assertThat(reject.record()).isEqualTo(json);
    assertThat(reject.toString()).startsWith("bad.jsonl:7: ");
  }

  @Test
  void parse_shipmentToAConsigneeWithACountry_needsNoRoute() {
    ReadOutcome r = parser.parse("in.jsonl", 1, "{\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"shipment\", "
        + "\"goods\": [{\"hs\": \"847130\"}], \"parties\": [{\"role\": \"exporter\", \"name\": \"X\", \"country\": "
        + "\"JP\"}, {\"role\": \"consignee\", \"name\": \"Y\", \"country\": \"KP\"}]}");
    assertThat(r.isRejected()).as(String.valueOf(r.reject())).isFalse();
  }

  @Test
  void parse_malformedJson_namesLineAndColumnWithoutJacksonNoise() {
    Reject r = parser.parse("in.jsonl", 3, "{\"id\": \"a\"").reject();
    assertThat(r.problems().get(0).message()).startsWith("malformed JSON").doesNotContain("REDACTED");
  }

  @Test
  void parse_byteOrderMark_isIgnored_andDecimalsStayExact() {
    ReadOutcome r = parser.parse("bom.jsonl", 1, "\uFEFF{\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": "
        + "\"payment\", \"amount\": 0.1, \"currency\": \"USD\"}");
    assertThat(r.isRejected()).as(String.valueOf(r.reject())).isFalse();
    assertThat(r.transaction().amount()).isEqualByComparingTo("0.1");
    assertThat(r.transaction().amount().scale()).isEqualTo(1);
  }

  @Test
  void parse_severalProblems_allReported() {
    ReadOutcome r = parser.parse("bad.jsonl", 1,
        "{\"id\": \"a\", \"date\": \"2014-13-01\", \"type\": \"payment\", \"amount\": -1, \"currency\": \"XXX1\"}");
    assertThat(r.reject().problems()).extracting(Reject.FieldProblem::field).contains("date", "amount", "currency");
  }

  @Test
  void parse_overlongLine_namesTheLimit() {
    String big = "{\"id\": \"" + "x".repeat(JsonTransactionParser.MAX_LINE_CHARS) + "\"}";
    assertThat(parser.parse("big.jsonl", 1, big).reject().problems().get(0).message())
        .contains("MAX_LINE_CHARS");
  }

  @Test
  void parse_deepNesting_isRefused() {
    String deep = "{\"id\": \"a\", \"date\": \"2014-07-05\", \"type\": \"entry\", \"country\": \"JP\", \"rates\": "
        + "[".repeat(40) + "]".repeat(40) + "}";
    assertThat(parser.parse("deep.jsonl", 1, deep).isRejected()).isTrue();
  }
}
