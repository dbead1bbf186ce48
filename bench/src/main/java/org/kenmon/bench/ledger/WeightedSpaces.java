package org.kenmon.bench.ledger;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Several name spaces as one, each chosen by weight. Fresh names keep a counter per space and
 * move to the largest space once one is used up, so none repeats. Not thread-safe: a generator
 * runs on one thread.
 */
final class WeightedSpaces implements NameSpace {
  private final List<NameSpace> spaces;
  private final double[] weights;
  private final long[] used;
  private final long capacity;
  private final int largest;

  WeightedSpaces(List<NameSpace> spaces, double[] weights) {
    if (spaces.isEmpty() || spaces.size() != weights.length) {
      throw new IllegalArgumentException("one weight per name space, and at least one space");
    }
    this.spaces = List.copyOf(spaces);
    this.weights = weights.clone();
    this.used = new long[spaces.size()];
    long c = 0;
    int big = 0;
    for (int i = 0; i < spaces.size(); i++) {
      c += spaces.get(i).capacity();
      if (spaces.get(i).capacity() > spaces.get(big).capacity()) {
        big = i;
      }
    }
    this.capacity = c;
    this.largest = big;
  }

  @Override
  public long capacity() {
    return capacity;
  }

  /** The space is chosen from {@code k} alone (a hash of it, by weight); the name by its own counter. */
  @Override
  public Counterparty fresh(long k) {
    int i = Parties.index(weights, new SplittableRandom(k));
    if (used[i] >= spaces.get(i).capacity()) {
      i = largest;
    }
    return spaces.get(i).fresh(used[i]++);
  }

  @Override
  public Counterparty random(SplittableRandom random) {
    return spaces.get(Parties.index(weights, random)).random(random);
  }
}
