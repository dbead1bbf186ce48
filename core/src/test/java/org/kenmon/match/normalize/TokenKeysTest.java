package org.kenmon.match.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Remembered keys are the computed keys, whichever is asked first and from however many threads. */
class TokenKeysTest {
  private static final List<String> WORDS = List.of("kim", "gim", "tongmyong", "dongmyeong", "trading", "dandong",
      "mohammed", "abdulrahman", "shinjuku", "zhang", "chang", "ltd", "x", "aeaeaeaeaex", "kimtong", "김동명");

  private static List<String> all(TokenKeys k, String w) {
    List<String> out = new ArrayList<>();
    out.add(k.korean(w));
    out.add(k.japanese(w));
    out.add(k.chinese(w));
    out.add(k.phonetic(w));
    return out;
  }

  @Test
  void remembered_givesTheComputedKeys_inAnyOrderOfAsking() {
    TokenKeys memo = TokenKeys.remembered(5); // smaller than the word list: it is emptied and refilled
    for (int round = 0; round < 3; round++) {
      for (String w : WORDS) {
        // Ask for one kind alone first, then all, so slots are filled one at a time.
        assertThat(memo.chinese(w)).isEqualTo(TokenKeys.COMPUTED.chinese(w));
        assertThat(all(memo, w)).as(w).isEqualTo(all(TokenKeys.COMPUTED, w));
      }
    }
  }

  @Test
  void remembered_givesTheComputedKeys_fromManyThreads() throws Exception {
    TokenKeys memo = TokenKeys.remembered(8);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            String w = WORDS.get((i * 7 + offset) % WORDS.size());
            if (!all(memo, w).equals(all(TokenKeys.COMPUTED, w))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : done) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
