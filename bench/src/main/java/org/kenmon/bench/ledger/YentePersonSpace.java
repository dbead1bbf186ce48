package org.kenmon.bench.ledger;

import java.util.List;
import java.util.SplittableRandom;

/**
 * People of yente's synthetic negatives (made-up names of many scripts and countries, none
 * listed), recombined for fresh names: the first name of one row with the last name of another of
 * the same script, so a run of millions never repeats a name.
 *
 * @param rows people of one script
 */
final class YentePersonSpace implements NameSpace {
  /** One person of the file: given names, family name, ISO date of birth or null, ISO country or null. */
  record Row(String first, String last, String dob, String nationality) {
    String fullName() {
      return first.isEmpty() ? last : first + " " + last;
    }
  }

  private final List<Row> rows;
  private final Scramble scramble;

  YentePersonSpace(List<Row> rows, long seed) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no people to draw from");
    }
    this.rows = List.copyOf(rows);
    this.scramble = new Scramble((long) rows.size() * rows.size(), seed);
  }

  @Override
  public long capacity() {
    return scramble.size();
  }

  @Override
  public Counterparty fresh(long k) {
    long i = scramble.apply(k % capacity());
    Row given = rows.get((int) (i % rows.size()));
    Row family = rows.get((int) (i / rows.size()));
    String first = given.first().isEmpty() ? family.first() : given.first();
    String name = first.isEmpty() ? family.last() : first + " " + family.last();
    return new Counterparty(name, family.nationality(), family.nationality(),
        family.dob() != null ? family.dob() : NameSpace.dob(k));
  }

  @Override
  public Counterparty random(SplittableRandom random) {
    Row r = rows.get(random.nextInt(rows.size()));
    return new Counterparty(r.fullName(), r.nationality(), r.nationality(), r.dob());
  }
}
