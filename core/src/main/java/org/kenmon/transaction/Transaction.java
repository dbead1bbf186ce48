package org.kenmon.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An order, shipment, payment, cash movement, port call or entry to screen, as read and checked by
 * {@link org.kenmon.transaction.read.TransactionReader}. Which fields are used depends on the
 * type; absent ones are null or empty.
 *
 * @param rates exchange rates given with the transaction: currency code to JPY per unit, or
 *     "CUR/CUR2" pairs to units of CUR2 per CUR
 * @param source where it was read ({@code file:line}), for messages and the report
 * @param sha256 hash of the record as read, for the verdict's stamp
 */
public record Transaction(
    String id,
    LocalDate date,
    TransactionType type,
    List<Party> parties,
    List<GoodsLine> goods,
    List<String> route,
    String origin,
    String destination,
    Vessel vessel,
    BigDecimal amount,
    String currency,
    String purpose,
    String port,
    String country,
    Map<String, BigDecimal> rates,
    String source,
    String sha256) {

  public Transaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    parties = parties == null ? List.of() : List.copyOf(parties);
    goods = goods == null ? List.of() : List.copyOf(goods);
    route = route == null ? List.of() : List.copyOf(route);
    rates = rates == null ? Map.of() : Map.copyOf(rates);
  }

  /** The parties in a role. */
  public List<Party> inRole(String role) {
    return parties.stream().filter(p -> p.hasRole(role)).toList();
  }

  /** The total declared value of the goods lines in one currency, or null if they mix currencies. */
  public BigDecimal goodsValue() {
    BigDecimal total = BigDecimal.ZERO;
    String cur = null;
    for (GoodsLine g : goods) {
      if (g.value() == null) {
        continue;
      }
      if (cur != null && !cur.equals(g.currency())) {
        return null;
      }
      cur = g.currency();
      total = total.add(g.value());
    }
    return total;
  }
}
