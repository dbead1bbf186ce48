package org.kenmon.bench.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where a ledger's counterparties come from, in one of two modes.
 *
 * <ul>
 *   <li>{@link Mode#REPEAT}: a fixed population of companies, banks, people and ships, a share of
 *       them taken from the lists (listed spellings or variants), each drawn Zipf-like: a few
 *       counterparties are on every other record, most appear a handful of times. This is how
 *       real ledgers look.
 *   <li>{@link Mode#UNIQUE}: every party, bank and ship name is one not written before in the run
 *       (listed names carry a variant never used before): the worst case for a screener that
 *       remembers its answers.
 * </ul>
 */
final class Parties {
  enum Mode { REPEAT, UNIQUE }

  /** Countries companies are established in, and how often (a Japanese trading house's view). */
  static final String[] COMPANY_COUNTRIES = {"JP", "CN", "KR", "HK", "KP", "RU", "SG", "US", "DE", "TH", "VN"};
  static final double[] COMPANY_WEIGHTS = {0.33, 0.31, 0.08, 0.05, 0.02, 0.04, 0.04, 0.05, 0.03, 0.025, 0.025};
  static final double[] PERSON_WEIGHTS = {0.55, 0.12, 0.08, 0.13, 0.12}; // yente, KP, KR, CN, JP

  private final Mode mode;
  private final double listShare;
  private final ListNames listed;
  private final List<NameSpace> companies = new ArrayList<>();
  private final List<NameSpace> banks = new ArrayList<>();
  private final List<NameSpace> people = new ArrayList<>();
  private final ShipNames shipNames;
  private final long[] companyCounters;
  private final long[] bankCounters;
  private final long[] personCounters;
  private long listCounter;
  private long shipCounter;

  // REPEAT: the population, drawn by rank.
  private final Counterparty[] companyPool;
  private final Counterparty[] bankPool;
  private final Counterparty[] personPool;
  private final Ship[] shipPool;
  private final Zipf companyRank;
  private final Zipf bankRank;
  private final Zipf personRank;
  private final Zipf shipRank;

  /**
   * @param population distinct counterparties in {@link Mode#REPEAT} (companies 70 %, people 20 %,
   *     ships 8 %, banks 2 %)
   * @param listShare share of the population (or of fresh names) taken from the lists
   * @param zipfS the Zipf exponent of how often a counterparty recurs
   */
  Parties(Mode mode, int population, double listShare, double zipfS, ListNames listed,
      List<List<YentePersonSpace.Row>> yenteByScript, long seed) {
    this.mode = mode;
    this.listShare = listShare;
    this.listed = listed;
    for (String c : COMPANY_COUNTRIES) {
      companies.add(new CompanySpace(CompanyNames.of(c), false, seed + c.hashCode()));
      banks.add(new CompanySpace(CompanyNames.of(c), true, seed + 31L * c.hashCode()));
    }
    List<NameSpace> yente = new ArrayList<>();
    for (List<YentePersonSpace.Row> rows : yenteByScript) {
      yente.add(new YentePersonSpace(rows, seed + yente.size()));
    }
    people.add(new WeightedSpaces(yente, yente.stream().mapToDouble(s -> s.capacity()).toArray()));
    people.addAll(AsianPersonSpace.all(seed));
    this.shipNames = new ShipNames(seed);
    companyCounters = new long[companies.size()];
    bankCounters = new long[banks.size()];
    personCounters = new long[people.size()];

    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int nCompanies = Math.max(1, population * 70 / 100);
    int nPeople = Math.max(1, population * 20 / 100);
    int nShips = Math.max(1, population * 8 / 100);
    int nBanks = Math.max(1, population * 2 / 100);
    companyPool = new Counterparty[mode == Mode.REPEAT ? nCompanies : 0];
    bankPool = new Counterparty[mode == Mode.REPEAT ? nBanks : 0];
    personPool = new Counterparty[mode == Mode.REPEAT ? nPeople : 0];
    shipPool = new Ship[mode == Mode.REPEAT ? nShips : 0];
    for (int i = 0; i < companyPool.length; i++) {
      companyPool[i] = listedOr(r, listed.organisations, () -> pick(companies, COMPANY_WEIGHTS, r).random(r));
    }
    for (int i = 0; i < bankPool.length; i++) {
      bankPool[i] = listedOr(r, listed.banks, () -> pick(banks, COMPANY_WEIGHTS, r).random(r));
    }
    for (int i = 0; i < personPool.length; i++) {
      personPool[i] = listedOr(r, listed.people, () -> pick(people, PERSON_WEIGHTS, r).random(r));
    }
    for (int i = 0; i < shipPool.length; i++) {
      shipPool[i] = !listed.ships.isEmpty() && r.nextDouble() < listShare
          ? listed.ships.get(r.nextInt(listed.ships.size())) : shipNames.fresh(r.nextLong(shipNames.capacity()));
    }
    companyRank = new Zipf(Math.max(1, companyPool.length), zipfS);
    bankRank = new Zipf(Math.max(1, bankPool.length), zipfS);
    personRank = new Zipf(Math.max(1, personPool.length), zipfS);
    shipRank = new Zipf(Math.max(1, shipPool.length), zipfS);
  }

  private Counterparty listedOr(SplittableRandom r, List<Counterparty> list, java.util.function.Supplier<Counterparty> made) {
    if (!list.isEmpty() && r.nextDouble() < listShare) {
      Counterparty c = list.get(r.nextInt(list.size()));
      String name = ListNames.variant(c.name(), r.nextInt(4));
      return new Counterparty(name, c.country(), c.nationality(), c.dob());
    }
    return made.get();
  }

  private static NameSpace pick(List<NameSpace> spaces, double[] weights, SplittableRandom r) {
    return spaces.get(index(weights, r));
  }

  static int index(double[] weights, SplittableRandom r) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  Counterparty company(SplittableRandom r) {
    return mode == Mode.REPEAT ? companyPool[companyRank.next(r)] : fresh(r, companies, COMPANY_WEIGHTS,
        companyCounters, listed.organisations);
  }

  Counterparty bank(SplittableRandom r) {
    return mode == Mode.REPEAT ? bankPool[bankRank.next(r)] : fresh(r, banks, COMPANY_WEIGHTS, bankCounters,
        listed.banks);
  }

  Counterparty person(SplittableRandom r) {
    return mode == Mode.REPEAT ? personPool[personRank.next(r)] : fresh(r, people, PERSON_WEIGHTS, personCounters,
        listed.people);
  }

  Ship ship(SplittableRandom r) {
    if (mode == Mode.REPEAT) {
      return shipPool[shipRank.next(r)];
    }
    if (!listed.ships.isEmpty() && r.nextDouble() < listShare) {
      Ship s = listed.ships.get((int) (listCounter % listed.ships.size()));
      return new Ship(ListNames.variant(s.name(), listCounter++ / listed.ships.size() + 1), s.imo(), s.flag());
    }
    return shipNames.fresh(shipCounter++);
  }

  /** A name not given before: from the lists (a new variant) or from a space not yet used up. */
  private Counterparty fresh(SplittableRandom r, List<NameSpace> spaces, double[] weights, long[] counters,
      List<Counterparty> list) {
    if (!list.isEmpty() && r.nextDouble() < listShare) {
      long k = listCounter++;
      Counterparty c = list.get((int) (k % list.size()));
      return new Counterparty(ListNames.variant(c.name(), k / list.size() + 1), c.country(), c.nationality(), c.dob());
    }
    int i = index(weights, r);
    if (counters[i] >= spaces.get(i).capacity()) {
      i = largest(spaces);
    }
    return spaces.get(i).fresh(counters[i]++);
  }

  private static int largest(List<NameSpace> spaces) {
    int best = 0;
    for (int i = 1; i < spaces.size(); i++) {
      if (spaces.get(i).capacity() > spaces.get(best).capacity()) {
        best = i;
      }
    }
    return best;
  }
}
