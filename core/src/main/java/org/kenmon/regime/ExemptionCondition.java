package org.kenmon.regime;

import java.util.List;

/**
 * When an exception to a measure holds: a declared purpose, an amount limit, goods, or a
 * condition only a human can judge ({@code note}).
 */
public record ExemptionCondition(List<String> purpose, Threshold amount, GoodsScope goods, String note) {
  public ExemptionCondition {
    purpose = List.copyOf(purpose);
  }
}
