package org.kenmon.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {
  @Test
  void currencies_areNeverAddedTogether() {
    Amounts a = new Amounts();
    a.add("USD", new BigDecimal("18000"));
    a.add("JPY", new BigDecimal("5000000"));
    a.add("USD", new BigDecimal("24000.50"));
    a.add(null, BigDecimal.ONE);
    a.add("EUR", null);
    assertThat(a.byCurrency()).containsOnlyKeys("JPY", "USD");
    assertThat(a.byCurrency().get("USD")).isEqualByComparingTo("42000.50");
    assertThat(a).hasToString("JPY 5,000,000; USD 42,000.50");
    assertThat(new Amounts()).hasToString("no value given");
  }
}
