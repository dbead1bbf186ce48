package org.kenmon.bench.ledger;

import java.util.List;

/**
 * Made-up ships: a name in the style of the region's merchant fleets ("HAI XING 18", "CHON MA
 * 7", "SEA STAR 3"), a valid IMO number and a flag (flags of convenience and the region's own).
 * The k-th ship of a run has a name not given before.
 */
final class ShipNames {
  static final String[] FLAGS = {"PA", "SL", "TG", "KP", "CN", "KR", "JP", "MN", "KH", "BZ", "SG", "HK", "VN", "RU"};
  static final double[] FLAG_WEIGHTS = {0.15, 0.08, 0.07, 0.06, 0.14, 0.1, 0.12, 0.04, 0.04, 0.03, 0.06, 0.05, 0.03,
      0.03};
  private static final List<CompanyNames> STYLES = List.of(CompanyNames.of("CN"), CompanyNames.of("KP"),
      CompanyNames.of("JP"), CompanyNames.of("US"));

  private final Scramble names;
  private final Scramble imos;
  private final long perStyle;

  ShipNames(long seed) {
    long words = 0;
    for (CompanyNames s : STYLES) {
      words = Math.max(words, s.wordSpace());
    }
    this.perStyle = words * 99;
    this.names = new Scramble(perStyle * STYLES.size(), seed);
    this.imos = new Scramble(900_000, seed + 3);
  }

  long capacity() {
    return names.size();
  }

  /** The k-th ship: its name never given before in the run; IMO numbers start over after 900,000 ships. */
  Ship fresh(long k) {
    long i = names.apply(k % capacity());
    CompanyNames style = STYLES.get((int) (i % STYLES.size()));
    long j = i / STYLES.size();
    String name = (style.word(j / 99 % style.wordSpace()) + " " + (1 + j % 99)).toUpperCase(java.util.Locale.ROOT);
    String imo = Imo.of(100_000 + (int) imos.apply(k % 900_000));
    java.util.SplittableRandom r = new java.util.SplittableRandom(k);
    return new Ship(name, imo, FLAGS[Parties.index(FLAG_WEIGHTS, r)]);
  }
}
