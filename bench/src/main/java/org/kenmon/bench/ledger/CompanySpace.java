package org.kenmon.bench.ledger;

import java.util.SplittableRandom;

/**
 * Company (or bank) names of one country: names of one word first, as most are, then of two when
 * a run has used up the one-word names.
 */
final class CompanySpace implements NameSpace {
  private final CompanyNames names;
  private final boolean bank;
  private final long oneWord;
  private final long twoWords;
  private final Scramble first;
  private final Scramble second;

  CompanySpace(CompanyNames names, boolean bank, long seed) {
    this.names = names;
    this.bank = bank;
    this.oneWord = names.size(1, bank);
    this.twoWords = names.size(2, bank);
    this.first = new Scramble(oneWord, seed);
    this.second = new Scramble(twoWords, seed + 1);
  }

  @Override
  public long capacity() {
    return oneWord + twoWords;
  }

  @Override
  public Counterparty fresh(long k) {
    long i = k % capacity();
    String name = i < oneWord ? names.name(1, bank, first.apply(i)) : names.name(2, bank, second.apply(i - oneWord));
    return Counterparty.organisation(name, names.country());
  }

  @Override
  public Counterparty random(SplittableRandom random) {
    String name = random.nextInt(4) > 0 ? names.name(1, bank, random.nextLong(oneWord))
        : names.name(2, bank, random.nextLong(twoWords));
    return Counterparty.organisation(name, names.country());
  }
}
