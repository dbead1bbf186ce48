package org.kenmon.store.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kenmon.store.testing.Screenings;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;

/** A held transaction is kept as JSON that reads back into the same transaction. */
class TransactionJsonTest {
  private static final String FULL = "{\"id\": \"X-1\", \"date\": \"2014-07-05\", \"type\": \"shipment\", "
      + "\"parties\": [{\"role\": \"Exporter\", \"name\": \"Hokuriku Denki\", \"country\": \"JP\", \"nationality\": \"JP\", "
      + "\"address\": \"Niigata\", \"dob\": \"1960-03\", \"identifiers\": {\"passport\": \"TZ123\", \"imo\": \"9074729\"}}], "
      + "\"goods\": [{\"description\": \"索尼 MP4播放器\", \"hs\": \"8519.81\", \"quantity\": 20.5, \"value\": 24000.25, "
      + "\"currency\": \"USD\", \"origin\": \"JP\"}, {\"hs\": \"8471\"}], \"route\": [\"Niigata\", \"丹东\", \"신의주\"], "
      + "\"origin\": \"JP\", \"destination\": \"KP\", \"vessel\": {\"name\": \"MANGYONGBONG 92\", \"imo\": \"8984862\", "
      + "\"flag\": \"KP\", \"previous_ports\": [{\"port\": \"Nampo\", \"date\": \"2014-06-01\"}, \"Wonsan\"]}, "
      + "\"amount\": 3000000, \"currency\": \"JPY\", \"purpose\": \"Humanitarian\", \"port\": \"Niigata\", \"country\": \"JP\", "
      + "\"rates\": {\"usd/jpy\": 101.5, \"CNY\": 16.4}}";

  @Test
  void write_readsBackIntoTheSameTransaction_everyField() {
    ReadOutcome r = new JsonTransactionParser().parse("f.jsonl", 3, FULL);
    assertThat(r.isRejected()).as(String.valueOf(r.reject())).isFalse();
    Transaction t = r.transaction();
    String json = TransactionJson.write(t);
    Transaction back = TransactionJson.read(json, t.source(), t.sha256());
    assertThat(back).isEqualTo(t);
    assertThat(TransactionJson.write(back)).isEqualTo(json);
    assertThat(json).contains("\"hs\":\"851981\"", "\"dob\":\"1960-03\"", "\"purpose\":\"humanitarian\"",
        "\"previous_ports\":[{\"port\":\"Nampo\",\"date\":\"2014-06-01\"},{\"port\":\"Wonsan\"}]");
  }

  @Test
  void write_readsBack_theDemoLedger() {
    List<Transaction> ledger = Screenings.ledger();
    for (Transaction t : ledger) {
      assertThat(TransactionJson.read(TransactionJson.write(t), t.source(), t.sha256())).as(t.id()).isEqualTo(t);
    }
  }

  @Test
  void read_damagedRecord_saysWhere() {
    assertThatThrownBy(() -> TransactionJson.read("{\"id\": 1}", "hold 7", "ab"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not read back (hold 7)");
  }
}
