package org.kenmon.bench.ledger;

import java.util.SplittableRandom;

/**
 * A space of made-up party names. {@link #fresh(long)} gives the k-th name of a run in which no
 * name repeats (until the space is used up, then it starts over); {@link #random} draws a member
 * of a population that real ledgers would repeat.
 */
interface NameSpace {
  /** How many different names {@link #fresh} gives before it starts over. */
  long capacity();

  Counterparty fresh(long k);

  Counterparty random(SplittableRandom random);

  /** A date of birth between 1940 and 1999 that depends on {@code k} alone. */
  static String dob(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return java.time.LocalDate.of(1940, 1, 1).plusDays(Math.floorMod(h, 60L * 365)).toString();
  }
}
