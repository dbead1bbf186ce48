package org.kenmon.regime;

import java.util.Locale;

/** The documented vocabulary of measure kinds (docs/regime-format.md, "Kinds"). */
public enum MeasureKind {
  IMPORT_BAN,
  EXPORT_BAN,
  LUXURY_EXPORT_BAN,
  SECTORAL_GOODS_BAN,
  ARMS_EMBARGO,
  BROKERING_BAN,
  PORT_ENTRY_BAN,
  FLIGHT_BAN,
  ENTRY_BAN,
  REENTRY_BAN,
  LANDING_BAN,
  TRAVEL_RESTRAINT,
  TRAVEL_BAN,
  PAYMENT_REPORTING_THRESHOLD,
  CASH_DECLARATION_THRESHOLD,
  PAYMENT_BAN,
  ASSET_FREEZE,
  VOLUME_CAP,
  PRECIOUS_METALS_CONTROL,
  JOINT_VENTURE_BAN,
  VESSEL_BAN,
  LABOUR_BAN,
  FINANCIAL_RESTRICTION,
  SERVICES_BAN,
  FISHING_RIGHTS_BAN;

  /** The YAML spelling, e.g. {@code export_ban}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Human label, e.g. "export ban". */
  public String label() {
    return code().replace('_', ' ');
  }
}
