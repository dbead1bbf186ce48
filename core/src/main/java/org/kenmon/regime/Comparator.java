package org.kenmon.regime;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How an amount is compared with a threshold. Japan's thresholds are "more than" ({@link #GT}):
 * an amount equal to the threshold is not caught.
 */
public enum Comparator {
  GT(">"),
  GTE(">="),
  LT("<"),
  LTE("<=");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code amount} stands in this relation to {@code limit}. */
  public boolean test(BigDecimal amount, BigDecimal limit) {
    int c = amount.compareTo(limit);
    switch (this) {
      case GT:
        return c > 0;
      case GTE:
        return c >= 0;
      case LT:
        return c < 0;
      case LTE:
        return c <= 0;
      default:
        throw new AssertionError(this);
    }
  }
}
