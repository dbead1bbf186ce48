package org.kenmon.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.agreement.AgreementReader;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.money.ExchangeRates;
import org.kenmon.places.Gazetteer;
import org.kenmon.regime.Regime;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.JsonTransactionParser;

/**
 * Goods carved out of a scope by HS code ({@code except_hs}), as the hypothetical lifting of
 * Japan's export bans for HS 84-85 writes them: the carve-out wins over a category, and goods
 * that cannot be classified are doubted, not cleared, under "all goods except".
 */
class GoodsCarveOutTest {
  private static final List<Regime> SHIPPED = RegimeLoader.loadShipped().regimesOrThrow();

  private static Screener screener(List<Regime> regimes) {
    return new Screener(new ScreeningContext(RegimeHistory.of(regimes), Set.of("JP"), null, null,
        GoodsClassifier.shipped(), Gazetteer.shipped(), ExchangeRates.NONE, "test"));
  }

  private static Screener lifted() throws IOException {
    var file = AgreementReader.read(Path.of("..", "agreements", "hypothetical-jp-electronics-84-85.yaml"));
    return screener(AgreementOverlay.apply(SHIPPED, file.agreement()));
  }

  private static Transaction export(String goods) {
    String json = "{\"id\": \"X\", \"date\": \"2026-12-02\", \"type\": \"shipment\", \"parties\": ["
        + "{\"role\": \"exporter\", \"name\": \"Niigata Boeki\", \"country\": \"JP\"},"
        + "{\"role\": \"consignee\", \"name\": \"Pyongyang Store\", \"country\": \"KP\"}],"
        + "\"goods\": [" + goods + "], \"destination\": \"KP\"}";
    return new JsonTransactionParser().parse("test", 1, json).transaction();
  }

  private static Outcome effect(Verdict v, String measure) {
    return v.findings().stream().filter(f -> measure.equals(f.measure())).map(Finding::effect).findFirst()
        .orElse(null);
  }

  @Test
  void luxuryCategory_carvedOutByHs_isNoLongerCaught() throws IOException {
    Transaction tv = export("{\"description\": \"Sony colour television 42 inch\", \"hs\": \"852872\"}");
    Verdict before = screener(SHIPPED).screen(tv);
    Verdict after = lifted().screen(tv);
    assertThat(effect(before, "jp-kp-luxury-export-ban")).isEqualTo(Outcome.PROHIBITED);
    assertThat(effect(after, "jp-kp-luxury-export-ban")).isNull();
    assertThat(effect(after, "jp-kp-export-ban")).isNull();
  }

  @Test
  void goodsOutsideTheCarveOut_stayCaught() throws IOException {
    Verdict after = lifted().screen(export("{\"description\": \"frozen snow crab\", \"hs\": \"030614\"}"));
    assertThat(effect(after, "jp-kp-export-ban")).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void unclassifiableGoods_underAllGoodsExcept_areReviewedNotCleared() throws IOException {
    Verdict after = lifted().screen(export("{\"description\": \"assorted items\"}"));
    assertThat(effect(after, "jp-kp-export-ban")).isEqualTo(Outcome.REVIEW);
    assertThat(after.outcome()).isEqualTo(Outcome.REVIEW);
  }
}
