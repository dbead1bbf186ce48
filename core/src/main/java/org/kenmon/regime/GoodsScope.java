package org.kenmon.regime;

import java.util.List;
import org.kenmon.hs.HsCode;
import org.kenmon.hs.HsPattern;

/**
 * The goods a measure covers: all goods, or HS codes and ranges and named categories, minus
 * excluded codes.
 */
public record GoodsScope(
    boolean all,
    List<HsPattern> hs,
    List<String> categories,
    List<HsPattern> exceptHs,
    String note) {

  public GoodsScope {
    hs = List.copyOf(hs);
    categories = List.copyOf(categories);
    exceptHs = List.copyOf(exceptHs);
  }

  /** Whether goods of this code are carved out of the scope, whatever else would cover them. */
  public boolean excludes(HsCode code) {
    for (HsPattern excluded : exceptHs) {
      if (excluded.covers(code)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a good of this code is covered by the HS part of the scope (categories aside). */
  public boolean coversCode(HsCode code) {
    if (excludes(code)) {
      return false;
    }
    if (all) {
      return true;
    }
    for (HsPattern p : hs) {
      if (p.covers(code)) {
        return true;
      }
    }
    return false;
  }
}
