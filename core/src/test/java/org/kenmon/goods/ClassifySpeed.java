package org.kenmon.goods;

import java.util.List;

/**
 * Speed check for {@link GoodsClassifier#classify}, not a test (timings on shared CI machines are
 * too noisy to assert). Run after {@code mvn -pl core test-compile}:
 *
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:$(ls ~/.m2/repository/com/ibm/icu/icu4j/74.2/icu4j-74.2.jar) \
 *     org.kenmon.goods.ClassifySpeed
 * </pre>
 *
 * <p>Prints the one-time build cost of the shipped classifier and the mean time per classification,
 * per kind of description, after warm-up.
 */
public final class ClassifySpeed {
  private static final List<String[]> CASES =
      List.of(
          new String[] {"Toshiba Dynabook notebook PC", null},
          new String[] {"ソニー デジタルカメラ", null},
          new String[] {"삼성 노트북", null},
          new String[] {"索尼 MP4播放器", null},
          new String[] {"Casio electronic dictionary", "8470.10"},
          new String[] {"20 cartons of frozen tuna fillets", null},
          new String[] {"Sharp LCD TV 32 inch with remote control", null},
          new String[] {"unwrought aluminium alloys", null},
          new String[] {"xq-7 widget assembly", null});

  private ClassifySpeed() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    GoodsClassifier goods = GoodsClassifier.shipped();
    System.out.printf(
        "build (nomenclature, brands, lexicon, index, ICU): %.0f ms%n",
        (System.nanoTime() - start) / 1e6);
    long sink = 0;
    for (int i = 0; i < 300_000; i++) {
      String[] c = CASES.get(i % CASES.size());
      sink += goods.classify(c[0], c[1]).evidence().size();
    }
    int n = 200_000;
    long all = 0;
    for (String[] c : CASES) {
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += goods.classify(c[0], c[1]).evidence().size();
      }
      long t = System.nanoTime() - t0;
      all += t;
      System.out.printf("%-45s %6.2f µs%n", c[0] + (c[1] == null ? "" : " | " + c[1]), t / 1e3 / n);
    }
    System.out.printf(
        "mean over all cases: %.2f µs (sink %d)%n", all / 1e3 / n / CASES.size(), sink);
  }
}
