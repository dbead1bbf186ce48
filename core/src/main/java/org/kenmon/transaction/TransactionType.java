package org.kenmon.transaction;

import java.util.Locale;

/** The kinds of transaction Kenmon screens (docs/transactions.md). */
public enum TransactionType {
  /** Goods moving: parties, goods, route, destination, optional vessel. */
  SHIPMENT,
  /** Money sent: payer, payee, banks, amount, optional purpose. */
  PAYMENT,
  /** Means of payment carried across a border: carrier, origin, destination, amount. */
  CASH,
  /** A vessel entering a port: port, country, vessel with its earlier port calls. */
  PORT_CALL,
  /** A person entering a country: traveller with nationality, country. */
  ENTRY;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type for its code ({@code shipment}, {@code port_call}…), or null. */
  public static TransactionType of(String code) {
    for (TransactionType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    return null;
  }
}
