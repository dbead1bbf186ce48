package org.kenmon.whatif;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of money kept per currency: amounts in different currencies are never added up, since the
 * rate to use is the user's choice (Kenmon converts only with rates given to it).
 */
public final class Amounts {
  private final TreeMap<String, BigDecimal> byCurrency = new TreeMap<>();

  public void add(String currency, BigDecimal amount) {
    if (currency == null || amount == null) {
      return;
    }
    byCurrency.merge(currency, amount, BigDecimal::add);
  }

  public void addAll(Amounts other) {
    other.byCurrency.forEach(this::add);
  }

  public boolean isEmpty() {
    return byCurrency.isEmpty();
  }

  /** Currency code to total, in currency order. */
  public Map<String, BigDecimal> byCurrency() {
    return java.util.Collections.unmodifiableMap(byCurrency);
  }

  /** "USD 18,000; JPY 5,000,000", or "no value given". */
  @Override
  public String toString() {
    if (byCurrency.isEmpty()) {
      return "no value given";
    }
    StringBuilder s = new StringBuilder();
    byCurrency.forEach((c, v) -> {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(c).append(' ').append(String.format(java.util.Locale.ROOT, "%,.2f", v).replaceAll("\\.00$", ""));
    });
    return s.toString();
  }
}
