package org.kenmon.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.agreement.AgreementReader;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.money.ExchangeRates;
import org.kenmon.places.Gazetteer;
import org.kenmon.regime.Regime;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.screen.Finding;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.whatif.Comparison.Change;
import org.kenmon.whatif.WhatIfTally.Dimension;

/**
 * What-if on the shipped regimes, the shipped agreements and the 2014 demo ledger: the Stockholm
 * steps free the port call, the entry and (for Japan) the reporting of payments and cash, and no
 * goods; lifting Japan's HS 84-85 bans frees the laptop and the camera, unless the UN's measures
 * count too.
 */
class WhatIfTest {
  private static final List<Regime> SHIPPED = RegimeLoader.loadShipped().regimesOrThrow();
  private static final Path AGREEMENTS = Path.of("..", "agreements");
  private static final List<Transaction> LEDGER = ledger();

  private static List<Transaction> ledger() {
    try {
      List<Transaction> out = new ArrayList<>();
      List<String> lines = Files.readAllLines(Path.of("..", "examples", "2014", "ledger.jsonl"));
      for (int i = 0; i < lines.size(); i++) {
        out.add(new JsonTransactionParser().parse("ledger.jsonl", i + 1, lines.get(i)).transaction());
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static WhatIf whatIf(String agreement, Set<String> issuers, LocalDate asOf) throws IOException {
    var a = AgreementReader.read(AGREEMENTS.resolve(agreement)).agreement();
    var scenario = AgreementOverlay.scenario(SHIPPED, a, a.effectiveDate().orElseThrow());
    // Parties are matched against an empty list: none of the ledger's parties is listed.
    NameMatcher noneListed = new NameMatcher(ListIndex.of(List.of()), MatchThresholds.DEFAULT);
    ScreeningContext base = new ScreeningContext(RegimeHistory.of(SHIPPED), issuers, asOf, noneListed,
        GoodsClassifier.shipped(), Gazetteer.shipped(), ExchangeRates.NONE, "test");
    return WhatIf.of(base, scenario);
  }

  private static Map<String, Comparison> changed(WhatIf w, WhatIfTally tally) {
    Map<String, Comparison> out = new LinkedHashMap<>();
    for (Transaction t : LEDGER) {
      Comparison c = w.compare(t);
      tally.add(c);
      if (c.change() != Change.UNCHANGED) {
        out.put(t.id(), c);
      }
    }
    return out;
  }

  @Test
  void stockholm_forJapan_freesPortCallEntryAndReporting_butNoGoods() throws IOException {
    WhatIf w = whatIf("2014-stockholm.yaml", Set.of("JP"), null);
    WhatIfTally tally = new WhatIfTally(w);
    Map<String, Comparison> changed = changed(w, tally);
    assertThat(changed.keySet()).containsExactlyInAnyOrder("P-01", "C-01", "V-01", "E-01");
    assertThat(changed.get("V-01").change()).isEqualTo(Change.LAWFUL);
    assertThat(changed.get("E-01").change()).isEqualTo(Change.LAWFUL);
    assertThat(changed.get("E-01").lifted()).extracting(Finding::measure).containsExactly("jp-kp-entry-ban");
    assertThat(changed.get("C-01").change()).isEqualTo(Change.NO_LONGER_REPORTABLE);
    // Dated 1 July, judged on 4 July when the agreement took effect: JPY 5,000,000 is under the new threshold.
    assertThat(changed.get("P-01").judgedOn()).isEqualTo(LocalDate.of(2014, 7, 4));
    assertThat(changed.get("P-01").change()).isEqualTo(Change.NO_LONGER_REPORTABLE);
    assertThat(tally.value(Change.NO_LONGER_REPORTABLE).byCurrency()).containsEntry("JPY", new BigDecimal("5500000"));
    assertThat(tally.breakdown(Change.LAWFUL, Dimension.TYPE)).extracting(g -> g.key().id())
        .containsExactlyInAnyOrder("port_call", "entry");
    assertThat(tally.compared()).isEqualTo(LEDGER.size());
  }

  @Test
  void electronicsLifting_forJapan_freesLaptopAndCamera_withTheirValue() throws IOException {
    WhatIf w = whatIf("hypothetical-jp-electronics-84-85.yaml", Set.of("JP"), null);
    WhatIfTally tally = new WhatIfTally(w);
    Map<String, Comparison> changed = changed(w, tally);
    assertThat(changed.values().stream().filter(c -> c.change() == Change.LAWFUL).map(c -> c.transaction().id()))
        .containsExactlyInAnyOrder("S-01", "S-02");
    assertThat(changed.get("S-01").judgedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(tally.value(Change.LAWFUL).byCurrency()).containsExactly(Map.entry("USD", new BigDecimal("42000")));
    assertThat(tally.breakdown(Change.LAWFUL, Dimension.HS_CHAPTER)).extracting(g -> g.key().id())
        .containsExactlyInAnyOrder("84", "85");
    assertThat(tally.breakdown(Change.LAWFUL, Dimension.BRAND_ORIGIN)).singleElement()
        .satisfies(g -> assertThat(g.key().id()).isEqualTo("JP"));
    assertThat(tally.breakdown(Change.LAWFUL, Dimension.COUNTERPARTY)).singleElement()
        .satisfies(g -> assertThat(g.count()).isEqualTo(2));
    // The televisions are still caught by the brokering ban: lifted, but still stopped.
    assertThat(changed.get("S-05").change()).isEqualTo(Change.STILL_BLOCKED);
    assertThat(changed.get("S-05").stillBlocking()).extracting(Finding::measure).contains("jp-kp-brokering-ban");
  }

  @Test
  void electronicsLifting_withTheUn_stillStopsTheLaptop() throws IOException {
    WhatIf w = whatIf("hypothetical-jp-electronics-84-85.yaml", Set.of(), null);
    Comparison laptop = w.compare(LEDGER.get(0));
    assertThat(laptop.change()).isEqualTo(Change.STILL_BLOCKED);
    assertThat(laptop.lifted()).extracting(Finding::measure).contains("jp-kp-export-ban");
    assertThat(laptop.stillBlocking()).extracting(Finding::measure).contains("un-kp-supply-ban-hs-72-89");
  }

  @Test
  void fixedDate_judgesEveryTransactionOnIt() throws IOException {
    LocalDate day = LocalDate.of(2015, 1, 10);
    WhatIf w = whatIf("2014-stockholm.yaml", Set.of("JP"), day);
    assertThat(LEDGER).allSatisfy(t -> assertThat(w.compare(t).judgedOn()).isEqualTo(day));
  }

  @Test
  void laterTransactions_keepTheirOwnDate() throws IOException {
    WhatIf w = whatIf("2014-stockholm.yaml", Set.of("JP"), null);
    Transaction entry = LEDGER.stream().filter(t -> t.id().equals("E-01")).findFirst().orElseThrow();
    assertThat(w.judgedOn(entry)).isEqualTo(entry.date());
    assertThat(w.compare(entry, LocalDate.of(2014, 1, 1)).judgedOn()).isEqualTo(LocalDate.of(2014, 7, 4));
  }
}
