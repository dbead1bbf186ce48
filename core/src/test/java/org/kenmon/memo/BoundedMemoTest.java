package org.kenmon.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {
  @Test
  void get_computesOncePerKey_nullsIncluded() {
    BoundedMemo<String, String> memo = new BoundedMemo<>(10);
    AtomicInteger calls = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      assertThat(memo.get("a", k -> {
        calls.incrementAndGet();
        return k.toUpperCase();
      })).isEqualTo("A");
      assertThat(memo.get("none", k -> {
        calls.incrementAndGet();
        return null;
      })).isNull();
    }
    assertThat(calls).hasValue(2);
  }

  @Test
  void get_neverHoldsMoreThanItsCapacity_andStaysCorrect() {
    BoundedMemo<Integer, Integer> memo = new BoundedMemo<>(100);
    for (int i = 0; i < 1000; i++) {
      assertThat(memo.get(i % 250, k -> k * 2)).isEqualTo((i % 250) * 2);
      assertThat(memo.size()).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void capacity_mustBePositive() {
    assertThatThrownBy(() -> new BoundedMemo<>(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
