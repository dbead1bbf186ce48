package org.kenmon.regime;

import java.util.List;
import org.kenmon.hs.HsPattern;

/**
 * A named set of goods a measure can cite instead of (or beside) HS codes, such as Japan's 24
 * luxury categories. {@code hs} is empty where no sourced mapping exists; screening then relies on
 * the goods classifier's category labels.
 */
public record GoodsCategory(
    String id,
    String title,
    List<String> items,
    List<String> itemsJa,
    List<HsPattern> hs,
    List<String> sourceIds,
    List<Unconfirmed> unconfirmed) {
  public GoodsCategory {
    items = List.copyOf(items);
    itemsJa = List.copyOf(itemsJa);
    hs = List.copyOf(hs);
    sourceIds = List.copyOf(sourceIds);
    unconfirmed = List.copyOf(unconfirmed);
  }
}
