package org.kenmon.screen;

import java.util.List;

/**
 * What a verdict was judged against, so that it can be reproduced: engine and algorithm version,
 * the hash of the regime data, the list versions used, and the hash of the input record.
 */
public record Stamp(String engine, String regimes, List<String> lists, String input) {
  public Stamp {
    lists = List.copyOf(lists);
  }
}
