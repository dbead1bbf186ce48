package org.kenmon.bench.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.NameStrength;
import org.kenmon.transaction.Party;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.TransactionType;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;

/** Invariants of generated ledgers, on small ledgers made from a tiny list and a few made-up people. */
class LedgerGeneratorTest {
  private static final List<ListEntry> LIST = List.of(
      entry("1", EntityType.PERSON, "KIM TONG MYONG", List.of()),
      entry("2", EntityType.ORGANIZATION, "KOREA KWANGSON BANKING CORP", List.of()),
      entry("3", EntityType.ORGANIZATION, "KOREA MINING DEVELOPMENT TRADING CORPORATION", List.of()),
      entry("4", EntityType.VESSEL, "CHON MA SAN", List.of(Identifier.of(IdentifierType.IMO, "8660313"))));

  private static final List<List<YentePersonSpace.Row>> PEOPLE = List.of(List.of(
      new YentePersonSpace.Row("Patricia Lucas", "Wheeler", "2002-07-14", "ET"),
      new YentePersonSpace.Row("Isabella", "Torres", "1961-01-08", "CL"),
      new YentePersonSpace.Row("Jorge", "Vargas", null, null),
      new YentePersonSpace.Row("Mark", "Taylor", "1970-03-01", "GB")));

  private static ListEntry entry(String id, EntityType type, String name, List<Identifier> ids) {
    return new ListEntry("test", id, type, List.of(new EntityName(name, NameStrength.PRIMARY)),
        type == EntityType.PERSON ? List.of(BirthDate.of(LocalDate.of(1965, 5, 5))) : List.of(), List.of("KP"),
        List.of(), ids, List.of("DPRK"), LocalDate.of(2010, 1, 1), null);
  }

  private static String ledger(long count, long seed, String names) throws IOException {
    StringWriter out = new StringWriter();
    new LedgerGenerator(LedgerGenerator.Settings.of(count, seed, names), LIST, PEOPLE).write(out);
    return out.toString();
  }

  @Test
  void write_isAFunctionOfTheSeed() throws IOException {
    assertThat(ledger(300, 7, "repeat")).isEqualTo(ledger(300, 7, "repeat"));
    assertThat(ledger(300, 7, "unique")).isEqualTo(ledger(300, 7, "unique"));
    assertThat(ledger(300, 7, "repeat")).isNotEqualTo(ledger(300, 8, "repeat"));
  }

  @Test
  void write_everyRecordReadsBackExceptTheDeliberatelyBadOnes() throws IOException {
    StringWriter out = new StringWriter();
    LedgerGenerator.Stats stats = new LedgerGenerator(new LedgerGenerator.Settings(3000, 3, Parties.Mode.REPEAT, 500,
        0.02, 1.1, 0.02, 0.06, 300), LIST, PEOPLE).write(out);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(3000);
    JsonTransactionParser parser = new JsonTransactionParser();
    long rejected = 0;
    Map<TransactionType, Integer> byType = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      ReadOutcome r = parser.parse("ledger", i + 1, lines[i]);
      if (r.isRejected()) {
        rejected++;
        continue;
      }
      byType.merge(r.transaction().type(), 1, Integer::sum);
      Transaction t = r.transaction();
      assertThat(t.date()).isBetween(Records.FIRST, Records.LAST);
    }
    assertThat(stats.badTotal()).isBetween(30L, 100L);
    assertThat(rejected).isEqualTo(stats.badTotal());
    assertThat(byType).containsKeys(TransactionType.values());
    assertThat(byType.get(TransactionType.SHIPMENT)).isGreaterThan(byType.get(TransactionType.PAYMENT));
    assertThat(byType.get(TransactionType.PAYMENT)).isGreaterThan(byType.get(TransactionType.PORT_CALL));
  }

  @Test
  void repeatNames_aFewCounterpartiesRecurOften_andListedNamesAppear() throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    int parties = 0;
    for (Transaction t : transactions(ledger(3000, 5, "repeat"))) {
      for (Party p : t.parties()) {
        counts.merge(p.name(), 1, Integer::sum);
        parties++;
      }
    }
    assertThat(counts.size()).isLessThan(parties / 2);
    assertThat(counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(parties / 50);
    assertThat(counts.keySet()).anyMatch(n -> n.toUpperCase().contains("KOREA") || n.toUpperCase().contains("KIM"));
  }

  @Test
  void uniqueNames_noPartyOrShipNameRepeats() throws IOException {
    Set<String> names = new HashSet<>();
    Set<String> ships = new HashSet<>();
    int parties = 0;
    int vessels = 0;
    for (Transaction t : transactions(ledger(5000, 5, "unique"))) {
      for (Party p : t.parties()) {
        names.add(p.name());
        parties++;
      }
      if (t.vessel() != null) {
        ships.add(t.vessel().name());
        vessels++;
      }
    }
    assertThat(names).hasSize(parties);
    assertThat(ships).hasSize(vessels);
  }

  @Test
  void vessels_haveValidImoNumbers() throws IOException {
    int withImo = 0;
    for (Transaction t : transactions(ledger(2000, 9, "repeat"))) {
      if (t.vessel() != null && t.vessel().imo() != null) {
        assertThat(Imo.isValid(t.vessel().imo())).as(t.vessel().imo()).isTrue();
        withImo++;
      }
    }
    assertThat(withImo).isGreaterThan(100);
  }

  @Test
  void zipf_lowRanksAreDrawnMost() {
    Zipf z = new Zipf(1000, 1.1);
    int[] counts = new int[1000];
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    for (int i = 0; i < 100_000; i++) {
      counts[z.next(r)]++;
    }
    assertThat(counts[0]).isGreaterThan(counts[1]).isGreaterThan(counts[10]);
    assertThat(counts[0]).isBetween(10_000, 20_000); // 1 / H(1000, 1.1), about 0.15
  }

  @Test
  void scramble_isABijection() {
    Scramble s = new Scramble(1000, 42);
    Set<Long> seen = new HashSet<>();
    for (long i = 0; i < 1000; i++) {
      seen.add(s.apply(i));
    }
    assertThat(seen).hasSize(1000).allMatch(v -> v >= 0 && v < 1000);
  }

  @Test
  void imo_checkDigit() {
    assertThat(Imo.isValid("9074729")).isTrue(); // the IMO's own example
    assertThat(Imo.of(907472)).isEqualTo("9074729");
    assertThat(Imo.isValid(Imo.broken("9074729"))).isFalse();
  }

  @Test
  void listVariants_startWithTheListedSpellingAndKeepChanging() {
    assertThat(ListNames.variant("KIM TONG MYONG", 0)).isEqualTo("KIM TONG MYONG");
    Set<String> variants = new HashSet<>();
    for (long k = 0; k < 200; k++) {
      variants.add(ListNames.variant("Korea Mining Development Trading Corporation", k));
    }
    assertThat(variants).hasSize(200);
  }

  private static List<Transaction> transactions(String ledger) {
    JsonTransactionParser parser = new JsonTransactionParser();
    String[] lines = ledger.split("\n");
    java.util.ArrayList<Transaction> out = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      ReadOutcome r = parser.parse("ledger", i + 1, lines[i]);
      if (!r.isRejected()) {
        out.add(r.transaction());
      }
    }
    return out;
  }
}
