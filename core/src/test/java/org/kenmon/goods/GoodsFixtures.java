package org.kenmon.goods;

import java.io.InputStream;

/** Test resources under {@code goods/} (copies, so the suite runs from a fresh clone). */
final class GoodsFixtures {
  private GoodsFixtures() {}

  static InputStream open(String name) {
    InputStream in = GoodsFixtures.class.getClassLoader().getResourceAsStream("goods/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no test resource goods/" + name);
    }
    return in;
  }
}
