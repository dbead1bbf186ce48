package org.kenmon.regime;

import java.util.Locale;

/**
 * The kind of movement or dealing a measure applies to. Screening matches a transaction's
 * directions against these (a Japanese exporter shipping through Dalian to Sinuiju is an EXPORT to
 * KP). {@link #ANY} applies to every dealing (asset freezes).
 */
public enum Direction {
  EXPORT,
  IMPORT,
  BROKERING,
  TRANSIT,
  PAYMENT,
  CASH,
  PORT_CALL,
  ENTRY,
  REENTRY,
  LANDING,
  TRAVEL,
  FLIGHT,
  INVESTMENT,
  EMPLOYMENT,
  SERVICES,
  VESSEL_SERVICES,
  ANY;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
