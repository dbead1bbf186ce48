package org.kenmon.bench.ledger;

import java.math.BigInteger;

/**
 * A bijection of 0..size-1 ({@code i -> (a * i + b) mod size} with {@code a} coprime to size):
 * the k-th new name of a name space is the name at {@code scramble(k)}, so successive names are
 * all different yet spread over the whole space instead of counting up from its first corner.
 */
final class Scramble {
  private final long size;
  private final long a;
  private final long b;

  Scramble(long size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive, got " + size);
    }
    this.size = size;
    long candidate = Math.floorMod(seed * 0x9E3779B97F4A7C15L, size) | 1;
    while (BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(size)).longValue() != 1) {
      candidate = (candidate + 2) % size;
      if (candidate == 0) {
        candidate = 1;
      }
    }
    this.a = candidate;
    this.b = Math.floorMod(seed, size);
  }

  long size() {
    return size;
  }

  /** @throws IllegalArgumentException when {@code i} is outside 0..size-1 */
  long apply(long i) {
    if (i < 0 || i >= size) {
      throw new IllegalArgumentException("index " + i + " outside 0.." + (size - 1));
    }
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(i)).add(BigInteger.valueOf(b))
        .mod(BigInteger.valueOf(size)).longValue();
  }
}
