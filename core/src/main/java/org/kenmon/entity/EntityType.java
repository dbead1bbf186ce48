package org.kenmon.entity;

import java.util.Locale;

/** What a list entry or a screened party is. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  VESSEL,
  AIRCRAFT,
  UNKNOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses person, individual, organization, organisation, entity, company, vessel, aircraft. */
  public static EntityType parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "person":
      case "individual":
        return PERSON;
      case "organization":
      case "organisation":
      case "entity":
      case "company":
        return ORGANIZATION;
      case "vessel":
      case "ship":
        return VESSEL;
      case "aircraft":
        return AIRCRAFT;
      case "":
      case "unknown":
        return UNKNOWN;
      default:
        throw new IllegalArgumentException(
            "\"" + text + "\" is not an entity type (person, organization, vessel, aircraft)");
    }
  }
}
