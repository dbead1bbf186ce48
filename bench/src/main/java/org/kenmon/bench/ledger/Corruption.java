package org.kenmon.bench.ledger;

import java.util.List;
import java.util.Map;

/**
 * The kinds of bad record a ledger holds, one deliberate fault each, every one of which {@code
 * kenmon screen} must reject (docs/transactions.md, "Bad input"): so the rejects path runs and
 * read = screened + rejected can be checked against what the generator wrote.
 */
enum Corruption {
  MALFORMED_JSON,
  UNKNOWN_TYPE,
  IMPOSSIBLE_DATE,
  NEGATIVE_AMOUNT,
  UNKNOWN_CURRENCY,
  BAD_HS,
  MISSING_ID,
  UNKNOWN_FIELD,
  BAD_IMO;

  /** Breaks the record and returns its line. A fault that does not fit the record's type becomes an unknown field. */
  @SuppressWarnings("unchecked")
  String apply(Map<String, Object> t) {
    Map<String, Object> firstGoods = t.get("goods") instanceof List<?> g && !g.isEmpty()
        ? (Map<String, Object>) g.get(0) : null;
    switch (this) {
      case MALFORMED_JSON -> {
        String line = Json.line(t);
        return line.substring(0, line.length() / 2);
      }
      case UNKNOWN_TYPE -> t.put("type", "shipmnet");
      case IMPOSSIBLE_DATE -> t.put("date", t.get("date").toString().substring(0, 5) + "02-30");
      case NEGATIVE_AMOUNT -> {
        if (t.containsKey("amount")) {
          t.put("amount", -1000);
        } else if (firstGoods != null) {
          firstGoods.put("value", -1000);
        } else {
          return UNKNOWN_FIELD.apply(t);
        }
      }
      case UNKNOWN_CURRENCY -> {
        if (t.containsKey("amount")) {
          t.put("currency", "XYZ");
        } else if (firstGoods != null) {
          firstGoods.put("currency", "XYZ");
        } else {
          return UNKNOWN_FIELD.apply(t);
        }
      }
      case BAD_HS -> {
        if (firstGoods == null) {
          return UNKNOWN_FIELD.apply(t);
        }
        firstGoods.put("hs", "84713A");
      }
      case MISSING_ID -> t.remove("id");
      case UNKNOWN_FIELD -> t.put("destinaton", "KP");
      case BAD_IMO -> {
        if (!(t.get("vessel") instanceof Map<?, ?> v) || !v.containsKey("imo")) {
          return UNKNOWN_FIELD.apply(t);
        }
        ((Map<String, Object>) v).put("imo", Imo.broken((String) v.get("imo")));
      }
      default -> throw new AssertionError(this);
    }
    return Json.line(t);
  }
}
