package org.kenmon.regime;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount or volume that decides whether a measure bites: "payments of more than JPY 3,000,000",
 * "500,000 bbl per 12 months". Money carries an ISO 4217 {@code currency}, volumes a {@code unit};
 * exactly one of them is set.
 */
public record Threshold(
    String what, BigDecimal amount, String currency, String unit, Comparator comparator, String per, String note) {

  public Threshold {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(comparator, "comparator");
    amount = amount.stripTrailingZeros(); // 3000000 and 3000000.00 are the same threshold
    if ((currency == null) == (unit == null)) {
      throw new IllegalArgumentException("a threshold needs exactly one of currency or unit: " + amount);
    }
  }

  /** Whether an amount in the threshold's own currency or unit is caught. */
  public boolean catches(BigDecimal value) {
    return comparator.test(value, amount);
  }

  public boolean isMoney() {
    return currency != null;
  }

  /** "> JPY 3,000,000" or "<= 500,000 bbl per 12_months". */
  public String describe() {
    String quantity = String.format(java.util.Locale.ROOT, "%,.0f", amount);
    if (amount.stripTrailingZeros().scale() > 0) {
      quantity = amount.toPlainString();
    }
    String s = comparator.symbol() + " " + (isMoney() ? currency + " " + quantity : quantity + " " + unit);
    return per == null ? s : s + " per " + per.replace('_', ' ');
  }
}
